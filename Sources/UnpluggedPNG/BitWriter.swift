/// Packs codes of any bit length into bytes, least significant bit first, the order
/// DEFLATE stores everything in (RFC 1951 §3.1.1), four bytes at a time into a buffer
/// of its own: appending to an array at every code cost a tenth of encoding a frame.
struct BitWriter: ~Copyable {
    private var buffer: UnsafeMutableRawPointer
    private var capacity: Int
    private var count = 0
    private var pending: UInt64 = 0
    private var pendingCount: UInt64 = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        buffer = .allocate(byteCount: self.capacity, alignment: 8)
    }

    deinit {
        buffer.deallocate()
    }

    /// Appends the low `count` bits of `value`, whose other bits are 0; `count` is
    /// at most 32.
    @inline(__always)
    mutating func write(_ value: UInt32, count bits: Int) {
        pending |= UInt64(value) << pendingCount
        pendingCount += UInt64(bits)
        guard pendingCount >= 32 else { return }
        if count + 4 > capacity { grow() }
        buffer.storeBytes(of: UInt32(truncatingIfNeeded: pending).littleEndian, toByteOffset: count, as: UInt32.self)
        count += 4
        pending >>= 32
        pendingCount -= 32
    }

    private mutating func grow() {
        let larger = UnsafeMutableRawPointer.allocate(byteCount: 2 * capacity, alignment: 8)
        larger.copyMemory(from: buffer, byteCount: count)
        buffer.deallocate()
        (buffer, capacity) = (larger, 2 * capacity)
    }

    /// The bytes written, the last one filled up with zero bits.
    consuming func finish() -> [UInt8] {
        var bytes = Array(UnsafeRawBufferPointer(start: buffer, count: count))
        while pendingCount > 0 {
            bytes.append(UInt8(truncatingIfNeeded: pending))
            pending >>= 8
            pendingCount = pendingCount > 8 ? pendingCount - 8 : 0
        }
        return bytes
    }
}
