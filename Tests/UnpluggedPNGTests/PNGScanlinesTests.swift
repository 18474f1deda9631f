import Testing
@testable import UnpluggedPNG

@Suite("PNG scanlines")
struct PNGScanlinesTests {
    @Test("SSSE3 and the Swift make the same RGB rows, at widths around four pixels, whatever the unused byte",
          .enabled(if: Processor.hasSSSE3, "this processor has no SSSE3: only the Swift makes RGB rows"),
          arguments: [1, 3, 4, 5, 7, 8, 9, 61, 1380])
    func rgbRowsAgree(width: Int) throws {
        // Thousands of colours, so the rows are RGB, and a top byte RGB24 leaves unused.
        let image = PixelImage(width: width, height: 300, hasAlpha: false) { x, y in
            UInt32(truncatingIfNeeded: (x * 7919 + y * 104_729) &* 2_654_435_761)
        }
        try image.withPixelRows { pixels in
            let accelerated = PNGScanlines(pixels)
            let swift = PNGScanlines(pixels, hardware: false)
            try #require(accelerated.colorType == .truecolor)
            for row in 0..<300 {
                // Each row with a byte to spare, as the compressor's window leaves.
                var a = [UInt8](repeating: 0xAA, count: accelerated.rowLength + 1)
                var b = [UInt8](repeating: 0xAA, count: swift.rowLength + 1)
                a.withUnsafeMutableBytes { accelerated.write(row: row, to: $0.baseAddress!) }
                b.withUnsafeMutableBytes { swift.write(row: row, to: $0.baseAddress!) }
                #expect(a.prefix(accelerated.rowLength) == b.prefix(swift.rowLength), "row \(row)")
                #expect(a.last == 0xAA, "SSSE3 wrote past the row")
            }
        }
    }
}
