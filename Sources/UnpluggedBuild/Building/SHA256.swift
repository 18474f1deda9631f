import CCrypto

/// SHA-256 (FIPS 180-4), to tell whether a file's bytes changed since `build` wrote
/// them: a digest in the build record costs 64 characters where the bytes would cost
/// megabytes, and, unlike a modification time, is the same on every machine.
///
/// The system's libcrypto computes it, with the processor's SHA instructions where
/// it has them.
public enum SHA256 {
    /// The digest of `bytes`, as 64 lower-case hexadecimal digits.
    public static func hex(_ bytes: some Collection<UInt8>) -> String {
        let digest = bytes.withContiguousStorageIfAvailable { self.digest(UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { self.digest($0) }
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xf)]] }, as: UTF8.self)
    }

    /// The 32 bytes of the digest of `bytes`.
    private static func digest(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: Int(SHA256_DIGEST_LENGTH)) { digest, count in
            var context = SHA256_CTX()
            SHA256_Init(&context)
            SHA256_Update(&context, bytes.baseAddress, bytes.count)
            SHA256_Final(digest.baseAddress, &context)
            count = Int(SHA256_DIGEST_LENGTH)
        }
    }
}
