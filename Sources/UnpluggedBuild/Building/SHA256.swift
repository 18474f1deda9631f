import CCrypto
import Glibc

/// SHA-256 (FIPS 180-4), to tell whether a file's bytes changed since `build` wrote
/// them: a digest in the build record costs 64 characters where the bytes would cost
/// megabytes, and, unlike a modification time, is the same on every machine.
///
/// The system's libcrypto computes it, with the processor's SHA instructions where
/// it has them.
public enum SHA256 {
    /// The digest of `bytes`, as 64 lower-case hexadecimal digits.
    public static func hex(_ bytes: some Collection<UInt8>) -> String {
        var hasher = Hasher()
        if bytes.withContiguousStorageIfAvailable({ hasher.update(UnsafeRawBufferPointer($0)) }) == nil {
            Array(bytes).withUnsafeBytes { hasher.update($0) }
        }
        return hasher.finalize()
    }

    /// The digest of the file at `path`, read a megabyte at a time, so a long handout's
    /// PDF is never whole in memory; nil when it cannot be read (there is none).
    public static func hex(ofFileAt path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var hasher = Hasher()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return hasher.finalize() }
            chunk.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
    }

    /// A digest taken piece by piece, as a file's bytes are written or read, so that
    /// they need not all be in memory at once.
    public struct Hasher {
        private var context = SHA256_CTX()

        public init() {
            SHA256_Init(&context)
        }

        /// Adds the next piece of the bytes.
        public mutating func update(_ bytes: UnsafeRawBufferPointer) {
            SHA256_Update(&context, bytes.baseAddress, bytes.count)
        }

        /// The digest of every piece added, as 64 lower-case hexadecimal digits.
        public mutating func finalize() -> String {
            var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
            SHA256_Final(&digest, &context)
            let digits = Array("0123456789abcdef".utf8)
            return String(decoding: digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xf)]] }, as: UTF8.self)
        }
    }
}
