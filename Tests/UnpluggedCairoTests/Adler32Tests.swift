import CZlib
import Testing
@testable import UnpluggedCairo

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
}
