import CCairo
import Testing
@testable import UnpluggedCairo

@Suite("PNG scanlines")
struct PNGScanlinesTests {
    @Test("SSSE3 and the Swift make the same RGB rows, at widths around four pixels, whatever the unused byte",
          arguments: [1, 3, 4, 5, 7, 8, 9, 61, 1380])
    func rgbRowsAgree(width: Int) throws {
        try #require(Processor.hasSSSE3, "this processor has no SSSE3: only the Swift runs")
        // Thousands of colours, so the rows are RGB, and a top byte RGB24 leaves unused.
        let image = ImageSurface(CAIRO_FORMAT_RGB24, width: width, height: 300) { x, y in
            UInt32(truncatingIfNeeded: (x * 7919 + y * 104_729) &* 2_654_435_761)
        }
        let surface = image.pointer
        let pixels = UnsafeRawPointer(cairo_image_surface_get_data(surface)!)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let accelerated = PNGScanlines(pixels: pixels, width: width, height: 300, stride: stride, hasAlpha: false)
        let swift = PNGScanlines(pixels: pixels, width: width, height: 300, stride: stride, hasAlpha: false, hardware: false)
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
        withExtendedLifetime(image) {}
    }
}
