/// Packs codes of any bit length into bytes, least significant bit first, the order
/// DEFLATE stores everything in (RFC 1951 §3.1.1).
struct BitWriter {
    private var bytes: [UInt8] = []
    private var pending: UInt64 = 0
    private var pendingCount: UInt64 = 0

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends the low `count` bits of `value`; `count` is at most 32.
    mutating func write(_ value: UInt32, count: Int) {
        pending |= UInt64(value) << pendingCount
        pendingCount += UInt64(count)
        guard pendingCount >= 32 else { return }
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: pending).littleEndian) { bytes += $0 }
        pending >>= 32
        pendingCount -= 32
    }

    /// The bytes written, the last one filled up with zero bits.
    consuming func finish() -> [UInt8] {
        while pendingCount > 0 {
            bytes.append(UInt8(truncatingIfNeeded: pending))
            pending >>= 8
            pendingCount = pendingCount > 8 ? pendingCount - 8 : 0
        }
        return bytes
    }
}
