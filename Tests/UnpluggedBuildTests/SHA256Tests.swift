import Foundation
import Testing
import UnpluggedBuild

@Suite("SHA-256")
struct SHA256Tests {
    @Test("matches the standard's test vectors, across block boundaries")
    func vectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("the same bytes give the same digest as an array, a file's Data, a slice or a collection not stored in one piece")
    func collections() {
        let bytes = (0..<300).map { UInt8($0 % 251) }
        let digest = SHA256.hex(bytes)
        #expect(SHA256.hex(Data(bytes)) == digest)
        #expect(SHA256.hex(([0] + bytes)[1...]) == digest)
        #expect(SHA256.hex(bytes.lazy.map { $0 }) == digest)
    }

    @Test("a file's digest, read a megabyte at a time, and a digest taken piece by piece are the digest of the whole")
    func pieces() throws {
        // Three megabytes and a bit: pieces of a megabyte, and a short last one.
        let bytes = (0..<(3 * 1_048_576 + 12_345)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        let whole = SHA256.hex(bytes)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(SHA256.hex(ofFileAt: path) == whole)
        #expect(SHA256.hex(ofFileAt: path + ".missing") == nil)
        var hasher = SHA256.Hasher()
        bytes.withUnsafeBytes { buffer in
            var start = 0
            for length in [1, 63, 64, 65, 100_000, 2_000_000] {
                hasher.update(UnsafeRawBufferPointer(rebasing: buffer[start..<(start + length)]))
                start += length
            }
            hasher.update(UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
        #expect(hasher.finalize() == whole)
    }
}
