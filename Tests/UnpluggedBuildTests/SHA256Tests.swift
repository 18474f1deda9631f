import Testing
@testable import UnpluggedBuild

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

    @Test("hashing in pieces gives the digest of the whole")
    func pieces() {
        let bytes = (0..<300).map { UInt8($0 % 251) }
        var hash = SHA256()
        hash.update(Array(bytes[..<7]))
        hash.update(Array(bytes[7..<130]))
        hash.update(Array(bytes[130...]))
        #expect(hash.finish() == SHA256.hex(bytes))
    }

    @Test("the processor's SHA instructions and the Swift give the same digests, at every length around the blocks")
    func hardwareAgreesWithSwift() throws {
        try #require(SHA256.hardwareAvailable, "this processor has no SHA instructions: only the Swift runs")
        let bytes = (0..<5_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 11) }
        for length in Array(0...130) + [191, 192, 193, 1_000, 4_096, 4_999] {
            var hardware = SHA256(hardware: true), swift = SHA256(hardware: false)
            // In two pieces, so that a block is also made up across the two.
            let split = length / 3
            hardware.update(Array(bytes[..<split]))
            hardware.update(Array(bytes[split..<length]))
            swift.update(Array(bytes[..<length]))
            #expect(hardware.finish() == swift.finish(), "length \(length)")
        }
        var million = SHA256(hardware: true)
        million.update([UInt8](repeating: 0x61, count: 1_000_000))
        #expect(million.finish() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
