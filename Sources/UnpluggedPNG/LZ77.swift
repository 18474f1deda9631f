/// Finds the repeats DEFLATE codes as back-references, looking only where flat
/// figures repeat themselves: the pixel to the left (a run of one colour), the pixel
/// above (a row like the one before) and the last place the next four bytes were seen
/// (an edge or a glyph drawn again). Greedy: the longest of the three wins.
///
/// zlib's fastest level hashes every byte it does not skip and slides its window
/// every 32 KiB: about 5 ms for a 1380 × 680 frame, even a blank one. Checking three
/// places and jumping a whole match at once takes about 1.3 ms for a lesson frame
/// and finds repeats enough for a file no larger than cairo's (zlib level 6).
///
/// The scanlines arrive a row at a time into a small window (`ZlibStream`), and are
/// parsed as they come: positions count from the first scanline byte, and byte `p`
/// is read at `p - windowStart` in the window.
struct LZ77: ~Copyable {
    /// The parse in order, each literal or match as a `Token`.
    var tokens: UnsafeBufferPointer<Token> { UnsafeBufferPointer(start: tokenStore, count: tokenCount) }
    /// How often each literal/length symbol (0...285) and distance symbol (0...29)
    /// occurs: what the block's Huffman codes are built from.
    var literalLengthCounts: [Int] { Array(literalLengthCountStore) }
    var distanceCounts: [Int] { Array(distanceCountStore) }
    /// The first byte not yet parsed.
    private(set) var position = 0

    /// A literal byte, or a match with its length and distance already in DEFLATE's
    /// symbols and extra bits (RFC 1951 §3.2.5), worked out once, as it is counted.
    struct Token {
        private let bits: UInt32

        init(literal: UInt8) {
            bits = UInt32(literal)
        }

        init(length: DeflateSymbol, distance: DeflateSymbol) {
            bits = 1 << 31 | UInt32(length.symbol - 257) << 26 | UInt32(distance.symbol) << 21
                | length.extra << 13 | distance.extra
        }

        var isMatch: Bool { bits >> 31 != 0 }
        /// The byte of a literal; the literal/length symbol of a match.
        var literalOrLengthSymbol: Int { isMatch ? 257 + Int(bits >> 26 & 31) : Int(bits & 0xff) }
        var lengthExtra: UInt32 { bits >> 13 & 31 }
        var distanceSymbol: Int { Int(bits >> 21 & 31) }
        var distanceExtra: UInt32 { bits & 0x1fff }
    }

    private var tokenStore: UnsafeMutablePointer<Token>
    private var tokenCount = 0
    private var tokenCapacity: Int
    private let literalLengthCountStore = UnsafeMutableBufferPointer<Int>.allocate(capacity: 286)
    private let distanceCountStore = UnsafeMutableBufferPointer<Int>.allocate(capacity: 30)

    static let window = 32768
    static let minMatch = 3
    static let maxMatch = 258
    private static let hashBits = 15

    private let pixelSize: Int
    /// The distance to the byte above, or 0 when a row is longer than the window.
    private let above: Int
    /// Where each hash of four bytes was last seen; -1 for never.
    private let last: UnsafeMutableBufferPointer<Int>

    /// Prepares to parse PNG scanlines of `rowLength` bytes with `pixelSize` bytes a
    /// pixel, about `byteCount` in all.
    init(pixelSize: Int, rowLength: Int, byteCount: Int) {
        self.pixelSize = pixelSize
        above = rowLength <= LZ77.window ? rowLength : 0
        tokenCapacity = max(1024, byteCount / 32)
        tokenStore = .allocate(capacity: tokenCapacity)
        literalLengthCountStore.initialize(repeating: 0)
        distanceCountStore.initialize(repeating: 0)
        last = .allocate(capacity: 1 << LZ77.hashBits)
        last.initialize(repeating: -1)
    }

    deinit {
        tokenStore.deallocate()
        literalLengthCountStore.deallocate()
        distanceCountStore.deallocate()
        last.deallocate()
    }

    /// Parses on from `position` while it is below `end`. The bytes from
    /// `windowStart` to `available` are at `window`; a match reaches no further than
    /// `available`, and looks back no further than `windowStart`.
    mutating func parse(_ window: UnsafeRawPointer, windowStart: Int, upTo end: Int, available: Int) {
        let pixelSize = pixelSize, above = above, last = last
        var position = position
        while position < end {
            let limit = min(LZ77.maxMatch, available - position)
            let here = position - windowStart
            var length = 0, distance = 0
            func consider(_ candidate: Int) {
                guard length < limit, candidate > 0, candidate <= position else { return }
                let found = LZ77.matchLength(window, here, here - candidate, limit: limit)
                if found > length { (length, distance) = (found, candidate) }
            }
            consider(pixelSize)
            consider(above)
            if limit >= 4 {
                let next4 = UInt32(littleEndian: window.loadUnaligned(fromByteOffset: here, as: UInt32.self))
                let hash = Int((next4 &* 2_654_435_761) >> (32 - LZ77.hashBits))
                if last[hash] >= 0, position - last[hash] <= LZ77.window { consider(position - last[hash]) }
                last[hash] = position
            }
            if length >= LZ77.minMatch {
                addMatch(length: length, distance: distance)
                position += length
            } else {
                addLiteral(window.load(fromByteOffset: here, as: UInt8.self))
                position += 1
            }
        }
        self.position = position
    }

    private mutating func addLiteral(_ byte: UInt8) {
        append(Token(literal: byte))
        literalLengthCountStore[Int(byte)] += 1
    }

    private mutating func addMatch(length: Int, distance: Int) {
        let lengthSymbol = DeflateSymbol(length: length), distanceSymbol = DeflateSymbol(distance: distance)
        append(Token(length: lengthSymbol, distance: distanceSymbol))
        literalLengthCountStore[lengthSymbol.symbol] += 1
        distanceCountStore[distanceSymbol.symbol] += 1
    }

    @inline(__always)
    private mutating func append(_ token: Token) {
        if tokenCount == tokenCapacity {
            let larger = UnsafeMutablePointer<Token>.allocate(capacity: 2 * tokenCapacity)
            larger.moveInitialize(from: tokenStore, count: tokenCount)
            tokenStore.deallocate()
            (tokenStore, tokenCapacity) = (larger, 2 * tokenCapacity)
        }
        (tokenStore + tokenCount).initialize(to: token)
        tokenCount += 1
    }

    /// How many bytes from `position` equal those from `earlier`, up to `limit`,
    /// compared eight at a time.
    @inline(__always)
    private static func matchLength(_ base: UnsafeRawPointer, _ position: Int, _ earlier: Int, limit: Int) -> Int {
        var length = 0
        while length + 8 <= limit {
            let difference = base.loadUnaligned(fromByteOffset: position + length, as: UInt64.self)
                ^ base.loadUnaligned(fromByteOffset: earlier + length, as: UInt64.self)
            if difference != 0 { return length + UInt64(littleEndian: difference).trailingZeroBitCount / 8 }
            length += 8
        }
        while length < limit,
              base.load(fromByteOffset: position + length, as: UInt8.self)
                == base.load(fromByteOffset: earlier + length, as: UInt8.self) {
            length += 1
        }
        return length
    }
}
