/// Finds the repeats DEFLATE codes as back-references, looking only where flat
/// figures repeat themselves: the pixel to the left (a run of one colour), the pixel
/// above (a row like the one before) and the last place the next four bytes were seen
/// (an edge or a glyph drawn again). Greedy: the longest of the three wins.
///
/// zlib's fastest level hashes every byte it does not skip and slides its window
/// every 32 KiB: about 5 ms for a 1380 × 680 frame, even a blank one. Checking three
/// places and jumping a whole match at once takes about 1.3 ms for a lesson frame
/// and finds repeats enough for a file no larger than cairo's (zlib level 6).
struct LZ77 {
    /// Literal bytes (below 2¹⁶) and matches (`length << 16 | distance`), in order.
    private(set) var tokens: [UInt32] = []
    /// How often each literal/length symbol (0...285) and distance symbol (0...29)
    /// occurs: what the block's Huffman codes are built from.
    private(set) var literalLengthCounts = [Int](repeating: 0, count: 286)
    private(set) var distanceCounts = [Int](repeating: 0, count: 30)

    static let window = 32768
    static let minMatch = 3
    static let maxMatch = 258
    private static let hashBits = 15

    /// Parses `data`, PNG scanlines of `rowLength` bytes with `pixelSize` bytes a pixel.
    init(_ data: UnsafeRawBufferPointer, pixelSize: Int, rowLength: Int) {
        tokens.reserveCapacity(data.count / 32)
        guard let base = data.baseAddress else { return }
        let last = UnsafeMutableBufferPointer<Int>.allocate(capacity: 1 << LZ77.hashBits)
        defer { last.deallocate() }
        last.initialize(repeating: -1)
        let above = rowLength <= LZ77.window ? rowLength : 0
        var position = 0
        while position < data.count {
            let limit = min(LZ77.maxMatch, data.count - position)
            var length = 0, distance = 0
            func consider(_ candidate: Int) {
                guard length < limit, candidate > 0, candidate <= position else { return }
                let found = LZ77.matchLength(base, position, position - candidate, limit: limit)
                if found > length { (length, distance) = (found, candidate) }
            }
            consider(pixelSize)
            consider(above)
            if limit >= 4 {
                let next4 = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt32.self))
                let hash = Int((next4 &* 2_654_435_761) >> (32 - LZ77.hashBits))
                if last[hash] >= 0, position - last[hash] <= LZ77.window { consider(position - last[hash]) }
                last[hash] = position
            }
            if length >= LZ77.minMatch {
                addMatch(length: length, distance: distance)
                position += length
            } else {
                addLiteral(base.load(fromByteOffset: position, as: UInt8.self))
                position += 1
            }
        }
    }

    private mutating func addLiteral(_ byte: UInt8) {
        tokens.append(UInt32(byte))
        literalLengthCounts[Int(byte)] += 1
    }

    private mutating func addMatch(length: Int, distance: Int) {
        tokens.append(UInt32(length) << 16 | UInt32(distance))
        literalLengthCounts[DeflateSymbol(length: length).symbol] += 1
        distanceCounts[DeflateSymbol(distance: distance).symbol] += 1
    }

    /// How many bytes from `position` equal those from `earlier`, up to `limit`,
    /// compared eight at a time.
    @inline(__always)
    private static func matchLength(_ base: UnsafeRawPointer, _ position: Int, _ earlier: Int, limit: Int) -> Int {
        var length = 0
        while length + 8 <= limit {
            let difference = base.loadUnaligned(fromByteOffset: position + length, as: UInt64.self)
                ^ base.loadUnaligned(fromByteOffset: earlier + length, as: UInt64.self)
            if difference != 0 { return length + UInt64(littleEndian: difference).trailingZeroBitCount / 8 }
            length += 8
        }
        while length < limit,
              base.load(fromByteOffset: position + length, as: UInt8.self)
                == base.load(fromByteOffset: earlier + length, as: UInt8.self) {
            length += 1
        }
        return length
    }
}
