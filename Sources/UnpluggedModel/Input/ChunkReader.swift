/// Reads byte ranges of an input in pieces of about a mebibyte, each ending just after
/// a line feed (or, inside a very long line, just after a space or tab), so that no
/// word is ever cut in two and memory stays the same whatever the file's size.
///
/// The buffer has 8 more bytes than a piece can fill, so a word's first 8 bytes can
/// always be read (`WordSink`). One reader is kept for many ranges, so its buffer is
/// made once.
final class ChunkReader {
    /// The size of a piece; a line longer than this makes the buffer grow to hold it.
    static let pieceSize = 1 << 20

    private var allocation: UnsafeMutableRawBufferPointer

    init(pieceSize: Int = pieceSize) {
        allocation = .allocate(byteCount: max(pieceSize, 16) + 8, alignment: 16)
        allocation.initializeMemory(as: UInt8.self, repeating: 0)
    }

    deinit { allocation.deallocate() }

    /// The part of the allocation pieces are read into.
    private var buffer: UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(rebasing: allocation[..<(allocation.count - 8)])
    }

    /// Calls `body` with each piece of `range` of `text` in order, and the offset of
    /// its first byte.
    func forEachPiece(of text: InputText, in range: Range<Int>,
                      _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        var carried = 0
        var position = range.lowerBound
        var pieceStart = range.lowerBound
        while true {
            if carried == buffer.count { grow() }
            let buffer = buffer
            let wanted = min(buffer.count - carried, range.upperBound - position)
            let got = try text.read(at: position, into: UnsafeMutableRawBufferPointer(rebasing: buffer[carried..<carried + wanted]))
            position += got
            let filled = carried + got
            let bytes = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: filled)
            if got == 0 || position >= range.upperBound {
                if filled > 0 { try body(bytes, pieceStart) }
                return
            }
            let cut = Self.cut(bytes)
            guard cut > 0 else {
                carried = filled
                continue
            }
            try body(UnsafeBufferPointer(rebasing: bytes[..<cut]), pieceStart)
            buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + cut, byteCount: filled - cut)
            carried = filled - cut
            pieceStart += cut
        }
    }

    /// Doubles the buffer, keeping what it holds.
    private func grow() {
        let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2 + 8, alignment: 16)
        bigger.initializeMemory(as: UInt8.self, repeating: 0)
        bigger.copyMemory(from: UnsafeRawBufferPointer(buffer))
        allocation.deallocate()
        allocation = bigger
    }

    /// Where to end a piece: after its last line feed, else after its last space or tab,
    /// else 0 (read more first).
    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = bytes.count
        while index > 0 {
            if bytes[index - 1] == 0x0A { return index }
            index -= 1
        }
        index = bytes.count
        while index > 0 {
            if bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 { return index }
            index -= 1
        }
        return 0
    }
}
