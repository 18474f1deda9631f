import CZlib
import Testing
@testable import UnpluggedPNG

@Suite("Adler-32")
struct Adler32Tests {
    /// Lengths around the 16-byte chunks and 4096-byte blocks, and long runs of 0xff,
    /// the bytes that bring the sums nearest to overflowing.
    @Test("agrees with zlib's adler32", arguments: [0, 1, 15, 16, 17, 4095, 4096, 4097, 100_003])
    func agreesWithZlib(length: Int) {
        let bytes = (0..<length).map { $0 % 5 == 0 ? UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 7) : 0xff }
        let expected = bytes.withUnsafeBufferPointer { UInt32(adler32_z(adler32_z(0, nil, 0), $0.baseAddress, $0.count)) }
        #expect(bytes.withUnsafeBytes { Adler32.checksum($0) } == expected)
    }

    @Test("added in pieces, as the compressor adds rows, it is the checksum of the whole")
    func pieces() {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 9) }
        var adler = Adler32()
        var start = 0
        for length in [0, 1, 15, 17, 4097, 33] + Array(repeating: 500, count: 12) {
            let end = min(start + length, bytes.count)
            bytes[start..<end].withUnsafeBytes { adler.add($0) }
            start = end
        }
        bytes[start...].withUnsafeBytes { adler.add($0) }
        #expect(adler.value == bytes.withUnsafeBytes { Adler32.checksum($0) })
        #expect(adler.value == bytes.withUnsafeBufferPointer { UInt32(adler32_z(1, $0.baseAddress, $0.count)) })
    }

    @Test("the SSSE3 sums and the Swift agree, at every length around their chunks and blocks")
    func hardwareAgreesWithSwift() throws {
        try #require(Processor.hasSSSE3, "this processor has no SSSE3: only the Swift runs")
        // Runs of 0xff bring the sums nearest to overflowing; the rest varies.
        let bytes = (0..<20_000).map { $0 % 7 == 0 ? UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) : 0xff }
        for length in Array(0...40) + [4095, 4096, 4097, 5535, 5536, 5537, 11_072, 11_073, 20_000] {
            var hardware = Adler32(hardware: true), swift = Adler32(hardware: false)
            let split = length / 3
            bytes[..<split].withUnsafeBytes { hardware.add($0) }
            bytes[split..<length].withUnsafeBytes { hardware.add($0) }
            bytes[..<length].withUnsafeBytes { swift.add($0) }
            #expect(hardware.value == swift.value, "length \(length)")
            #expect(hardware.value == bytes[..<length].withUnsafeBufferPointer { UInt32(adler32_z(1, $0.baseAddress, $0.count)) })
        }
    }
}
