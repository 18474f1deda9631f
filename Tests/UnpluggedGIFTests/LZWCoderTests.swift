import CGif
import GIFBlockReader
import Testing
@testable import UnpluggedGIF

/// The image data giflib's own coder (`EGifPutLine`) writes for `indices`, `width`
/// a row, with a palette of `1 << bits` colours.
private func giflibBlocks(_ indices: [UInt8], width: Int, bits: Int) throws -> [UInt8] {
    final class Sink { var bytes: [UInt8] = [] }
    let sink = Sink()
    var status: Int32 = 0
    let file = try #require(EGifOpen(Unmanaged.passUnretained(sink).toOpaque(), { file, bytes, length in
        Unmanaged<Sink>.fromOpaque(file!.pointee.UserData).takeUnretainedValue().bytes
            .append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
        return length
    }, &status))
    let colors = (0..<(1 << bits)).map { GifColorType(Red: GifByteType($0), Green: 0, Blue: 0) }
    let table = try #require(GifMakeMapObject(Int32(1 << bits), colors))
    defer { GifFreeMapObject(table) }
    let height = indices.count / width
    #expect(EGifPutScreenDesc(file, Int32(width), Int32(height), Int32(bits), 0, table) == GIF_OK)
    #expect(EGifPutImageDesc(file, 0, 0, Int32(width), Int32(height), false, nil) == GIF_OK)
    var line = indices
    #expect(EGifPutLine(file, &line, Int32(line.count)) == GIF_OK)
    #expect(withExtendedLifetime(sink) { EGifCloseFile(file, &status) } == GIF_OK)
    let gif = try #require(GIFBlocks(sink.bytes))
    return try #require(gif.frames.first).blocks
}

/// Indices as a figure's are: long runs, edges of a few pixels, some noise.
private func pictureIndices(width: Int, height: Int, colors: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    func random(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    var indices: [UInt8] = []
    while indices.count < width * height {
        let run = random(8) == 0 ? 1 + random(3) : 1 + random(400)
        indices += Array(repeating: UInt8(random(colors)), count: run)
    }
    return Array(indices.prefix(width * height))
}

/// `indices` as the coder reads them: runs of one index, cut at random places too (a
/// run may follow one of the same index, as two colours given one index do).
private func indexRuns(_ indices: [UInt8]) -> [LZWCoder.Run] {
    var runs: [LZWCoder.Run] = []
    for (position, index) in indices.enumerated() {
        if runs.last?.index == index, position % 97 != 0 {
            runs[runs.count - 1].length += 1
        } else {
            runs.append(LZWCoder.Run(index: index, length: 1))
        }
    }
    return runs
}

@Suite("LZW coding")
struct LZWCoderTests {
    @Test("codes exactly as giflib does: runs, noise that fills the code table many times, every palette size",
          arguments: [(bits: 1, runs: true), (bits: 2, runs: false), (bits: 4, runs: true), (bits: 8, runs: true),
                      (bits: 8, runs: false)])
    func sameAsGiflib(bits: Int, runs: Bool) throws {
        let (width, height) = (300, 200)
        let indices = runs ? pictureIndices(width: width, height: height, colors: 1 << bits, seed: UInt64(bits))
                           : pictureIndices(width: width, height: height, colors: 1 << bits, seed: 9).enumerated()
                               .map { UInt8(($0.offset * 7 + Int($0.element)) % (1 << bits)) }
        var coder = LZWCoder(minimumCodeSize: max(2, bits))
        let ours = coder.blocks(of: indexRuns(indices))
        #expect(ours == (try giflibBlocks(indices, width: width, bits: bits)))
        // The coder starts afresh for the next frame.
        #expect(coder.blocks(of: indexRuns(indices)) == ours)
    }

    @Test("one pixel, and a frame of one colour")
    func smallest() throws {
        var coder = LZWCoder(minimumCodeSize: 2)
        #expect(coder.blocks(of: indexRuns([3])) == (try giflibBlocks([3], width: 1, bits: 2)))
        let flat = [UInt8](repeating: 1, count: 640 * 480)
        #expect(coder.blocks(of: indexRuns(flat)) == (try giflibBlocks(flat, width: 640, bits: 2)))
    }
}
