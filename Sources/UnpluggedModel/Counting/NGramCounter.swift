/// Counts the n-grams of documents as they stream by, keeping only the last few ids.
///
/// Each document is followed by the end token. With start padding each document is
/// preceded by as many end tokens as the context is long, so the bin of the
/// "start" context learns which words begin documents (the end token doubles as the
/// start token, as the boundary token does in makemore).
struct NGramCounter: DocumentConsumer, Sendable {
    private(set) var table: NGramTable
    private let contextLength: Int
    private let endID: UInt32
    private let startPadding: Bool
    /// The last `filled` ids of the document, then room for the next word.
    private var window: [UInt32]
    private var filled = 0
    /// Bigrams only: the document's last word, and whether there is one.
    private var previous: UInt32 = 0
    private var hasPrevious = false
    /// Longer n-grams, while every id fits the table's packed keys: the last `filled`
    /// ids packed as the table packs them, in place of `window`, so each n-gram is a
    /// shift and an or, batched as bigrams are.
    private var packing: Bool
    private var packed: UInt64 = 0
    private let bits: UInt64
    /// The bits of a packed context.
    private let contextMask: UInt64
    /// N-gram keys waiting to be added in one batch (`NGramTable.addPacked`).
    private let batch = KeyBatch()

    init(contextLength: Int, endID: UInt32, startPadding: Bool) {
        table = NGramTable(width: contextLength + 1)
        self.contextLength = contextLength
        self.endID = endID
        self.startPadding = startPadding
        window = Array(repeating: endID, count: contextLength + 1)
        bits = UInt64(table.packedBits)
        contextMask = contextLength == 1 ? 0 : (1 << (UInt64(contextLength) * bits)) - 1
        packing = contextLength > 1 && UInt64(endID) >> bits == 0
        startDocument()
    }

    @inline(__always)
    mutating func word(_ id: UInt32) {
        if contextLength == 1 {
            // Bigrams, the common case: no window to shift, no array to touch.
            if hasPrevious, batch.append(NGramTable.pairKey(previous, id)) { finish() }
            previous = id
            hasPrevious = true
            return
        }
        if packing {
            if UInt64(id) >> bits == 0 {
                if filled == contextLength {
                    let gram = packed << bits | UInt64(id)
                    if batch.append(gram &+ 1) { finish() }
                    packed = gram & contextMask
                } else {
                    packed = packed << bits | UInt64(id)
                    filled += 1
                }
                return
            }
            stopPacking()
        }
        if filled == contextLength {
            window[contextLength] = id
            window.withUnsafeBufferPointer { table.add($0) }
            for position in 0..<contextLength { window[position] = window[position + 1] }
        } else {
            window[filled] = id
            filled += 1
        }
    }

    mutating func endDocument() {
        word(endID)
        startDocument()
    }

    /// Adds the n-grams waiting in the batch; call before reading `table`.
    mutating func finish() {
        if batch.keys.isEmpty { return }
        table.addPacked(batch.keys)
        batch.removeAll()
    }

    /// An id too large to pack arrived: the batch goes into the table, the context
    /// into `window`, and from now on n-grams are added one by one, the table keeping
    /// their ids aside.
    private mutating func stopPacking() {
        finish()
        for position in (0..<filled).reversed() {
            window[position] = UInt32(truncatingIfNeeded: packed & ((1 << bits) - 1))
            packed >>= bits
        }
        packing = false
    }

    private mutating func startDocument() {
        if startPadding {
            for position in 0..<contextLength { window[position] = endID }
            filled = contextLength
        } else {
            filled = 0
        }
        packed = 0
        if packing, startPadding {
            for _ in 0..<contextLength { packed = packed << bits | UInt64(endID) }
        }
        previous = endID
        hasPrevious = startPadding
    }
}

/// Packed n-gram keys waiting to be counted together.
///
/// A class holding raw memory, so appending is a store and a count: a Swift array in
/// the counter would be checked for sharing on every word. Each counter has its own
/// batch and is used by one thread.
private final class KeyBatch: @unchecked Sendable {
    private static let capacity = 256
    private let storage = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
    private var count = 0

    deinit { storage.deallocate() }

    /// Adds a key; true when the batch is full.
    @inline(__always)
    func append(_ key: UInt64) -> Bool {
        storage[count] = key
        count += 1
        return count == Self.capacity
    }

    var keys: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: storage, count: count) }

    func removeAll() {
        count = 0
    }
}
