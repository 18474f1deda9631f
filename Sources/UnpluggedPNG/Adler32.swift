import CAccelerated

/// The Adler-32 checksum that ends a zlib stream (RFC 1950 §8.2), which the
/// compressor adds each row to as it makes it.
///
/// With SSSE3, which nearly every x86-64 processor has, `CAccelerated` sums sixteen
/// bytes in a handful of instructions. Otherwise the Swift below does, sixteen bytes
/// at a time too: zlib's byte-at-a-time loop takes 0.9 ms of a frame's 2.8 MB, this
/// 0.4 ms. Over a block of n bytes, s1 gains their sum and s2 gains n·s1 plus each
/// byte times its distance from the block's end; per-lane sums keep that in vector
/// registers.
struct Adler32 {
    private static let modulus: UInt32 = 65521
    /// Blocks of 256 × 16 bytes keep every lane sum below 2³².
    private static let chunksPerBlock = 256

    private var s1: UInt32 = 1
    private var s2: UInt32 = 0
    private let usesHardware: Bool

    init() {
        usesHardware = Processor.hasSSSE3
    }

    /// A checksum that uses `CAccelerated` only when `hardware` is true and the
    /// processor can: the tests check the Swift against it.
    init(hardware: Bool) {
        usesHardware = hardware && Processor.hasSSSE3
    }

    /// The checksum of the bytes added so far.
    var value: UInt32 { s2 << 16 | s1 }

    /// The checksum of `data` alone.
    static func checksum(_ data: UnsafeRawBufferPointer) -> UInt32 {
        var adler = Adler32()
        adler.add(data)
        return adler.value
    }

    /// Adds `data`, which follows the bytes added so far.
    mutating func add(_ data: UnsafeRawBufferPointer) {
        if usesHardware {
            guard let start = data.baseAddress else { return }
            let sum = unplugged_adler32(value, start.assumingMemoryBound(to: UInt8.self), data.count)
            (s1, s2) = (sum & 0xffff, sum >> 16)
            return
        }
        let modulus = Adler32.modulus, chunksPerBlock = Adler32.chunksPerBlock
        var s1 = s1, s2 = s2
        var offset = 0
        let weights = SIMD16<UInt32>(16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)
        while data.count - offset >= 16 {
            let chunks = min(chunksPerBlock, (data.count - offset) / 16)
            // sums: each lane's bytes so far; earlier: the sums before each chunk, added up.
            var sums = SIMD16<UInt32>(), earlier = SIMD16<UInt32>()
            for chunk in 0..<chunks {
                earlier &+= sums
                sums &+= SIMD16(truncatingIfNeeded: data.loadUnaligned(fromByteOffset: offset + 16 * chunk,
                                                                       as: SIMD16<UInt8>.self))
            }
            let blockLength = UInt32(16 * chunks)
            s2 = (s2 + blockLength * s1 % modulus + 16 * (earlier.wrappedSum() % modulus)
                  + (sums &* weights).wrappedSum() % modulus) % modulus
            s1 = (s1 + sums.wrappedSum()) % modulus
            offset += 16 * chunks
        }
        // Fewer than 16 bytes are left: their sums stay far below 2³², so one
        // reduction at the end does.
        for byte in data[offset...] {
            s1 += UInt32(byte)
            s2 += s1
        }
        s1 %= modulus
        s2 %= modulus
        (self.s1, self.s2) = (s1, s2)
    }
}
