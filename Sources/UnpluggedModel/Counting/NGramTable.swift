/// How often each n-gram (context words, then the next word) was seen, as word ids.
///
/// Sparse: one entry per distinct n-gram seen, so memory follows what the text holds,
/// not vocabulary^n. Counting a novel is bound by memory latency, so this is an
/// open-addressing table whose slots hold a key and its count side by side, one cache
/// line per lookup. An n-gram's key is its ids packed into the machine word while they
/// fit (two of 32 bits, three of 21, four of 15, …), so a lookup compares one word and
/// reads nothing else; once an id does not fit, each slot holds a hash tag and the
/// entry's index instead, its ids being kept in a side array.
///
/// Slot order depends only on our own hash, never on a per-run seed, and readers sort
/// the entries anyway, so nothing that reaches output depends on it.
struct NGramTable: Sendable {
    /// Ids per n-gram: the context length plus one.
    let width: Int
    /// The number of distinct n-grams.
    private(set) var count = 0
    /// Two machine words per slot: the key (0 = empty), then the count.
    private var cells: [UInt64] = Array(repeating: 0, count: 2 * 1024)
    /// 64 − log2(slots): how far a hash is shifted to give a slot.
    private var shift: UInt64 = 64 - 10
    /// The bits of each id in a packed key; 0 once the ids are kept in `grams`.
    private(set) var packedBits: Int
    /// Unpacked n-grams: every entry's ids, `width` at a time.
    private var grams: [UInt32] = []

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    init(width: Int) {
        precondition(width >= 2, "an n-gram has at least one context word and the next word")
        self.width = width
        // Two ids fill the word (`pairKey`); more leave the top bit free, so a key + 1 never overflows.
        packedBits = width == 2 ? 32 : 63 / width
    }

    private var slotCount: Int { cells.count / 2 }

    /// Whether `extra` more entries would fill more than three quarters of the slots:
    /// linear probing stays short at that load.
    private func isCrowded(adding extra: Int) -> Bool {
        (count + extra) * 4 > slotCount * 3
    }

    /// The key of the bigram `context`, `next` (never 0, which marks an empty slot).
    @inline(__always)
    static func pairKey(_ context: UInt32, _ next: UInt32) -> UInt64 {
        (UInt64(context) << 32 | UInt64(next)) &+ 1
    }

    /// The home slot of a key. Fibonacci hashing: the product's top bits depend on
    /// every bit of the key.
    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* Self.multiplier) >> shift)
    }

    /// Adds one sighting of each n-gram in `keys`, packed as `packedKey` packs them
    /// (`pairKey` for bigrams).
    ///
    /// N-grams come in batches, so the table is checked for room once per batch and the
    /// lookups run back to back in a tight loop.
    /// - Precondition: the table's keys are packed (`packedBits` > 0).
    mutating func addPacked(_ keys: UnsafeBufferPointer<UInt64>) {
        while isCrowded(adding: keys.count) { grow() }
        let mask = slotCount - 1
        var added = 0
        let shift = shift
        cells.withUnsafeMutableBufferPointer { cells in
            for key in keys {
                var slot = Int(truncatingIfNeeded: (key &* Self.multiplier) >> shift)
                while true {
                    let stored = cells[2 &* slot]
                    if stored == key {
                        cells[2 &* slot &+ 1] &+= 1
                        break
                    }
                    if stored == 0 {
                        cells[2 &* slot] = key
                        cells[2 &* slot &+ 1] = 1
                        added &+= 1
                        break
                    }
                    slot = (slot &+ 1) & mask
                }
            }
        }
        count += added
    }

    /// Adds `count` sightings of the n-gram `gram` (exactly `width` ids).
    mutating func add(_ gram: UnsafeBufferPointer<UInt32>, count: Int = 1) {
        if isCrowded(adding: 1) { grow() }
        let mask = slotCount - 1
        if packedBits > 0 {
            if let key = packedKey(gram) {
                var slot = home(key)
                while cells[2 * slot] != 0, cells[2 * slot] != key { slot = (slot + 1) & mask }
                if cells[2 * slot] == 0 {
                    cells[2 * slot] = key
                    self.count += 1
                }
                cells[2 * slot + 1] &+= UInt64(count)
                return
            }
            unpack()
        }
        let hash = Self.hash(gram)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = home(hash)
        while cells[2 * slot] != 0 {
            if cells[2 * slot] & 0xFFFF_FFFF_0000_0000 == tag, matches(Int(cells[2 * slot] & 0xFFFF_FFFF) - 1, gram) {
                cells[2 * slot + 1] &+= UInt64(count)
                return
            }
            slot = (slot + 1) & mask
        }
        cells[2 * slot] = tag | UInt64(self.count + 1)
        cells[2 * slot + 1] = UInt64(count)
        grams.append(contentsOf: gram)
        self.count += 1
    }

    /// The ids of `gram` packed into a key (never 0), or nil when one does not fit.
    @inline(__always)
    private func packedKey(_ gram: UnsafeBufferPointer<UInt32>) -> UInt64? {
        var key: UInt64 = 0
        for id in gram {
            guard UInt64(id) >> UInt64(packedBits) == 0 else { return nil }
            key = key << UInt64(packedBits) | UInt64(id)
        }
        return key &+ 1
    }

    /// The ids packed into `key` with `bits` each, into `ids`.
    private func unpackKey(_ key: UInt64, bits: Int, into ids: inout [UInt32]) {
        var packed = key &- 1
        let mask = (UInt64(1) << UInt64(bits)) &- 1
        for position in (0..<width).reversed() {
            ids[position] = UInt32(truncatingIfNeeded: packed & mask)
            packed >>= UInt64(bits)
        }
    }

    /// The hash of an unpacked n-gram: its top half is the slot's tag.
    @inline(__always)
    private static func hash(_ gram: some Collection<UInt32>) -> UInt64 {
        var hash: UInt64 = 0
        for id in gram {
            hash = (hash ^ UInt64(id)) &* multiplier
            hash ^= hash >> 31
        }
        return hash
    }

    /// Moves every entry from packed keys to `grams`, for an id too large to pack.
    private mutating func unpack() {
        let old = cells
        let bits = packedBits
        packedBits = 0
        var ids = [UInt32](repeating: 0, count: width)
        cells = Array(repeating: 0, count: old.count)
        count = 0
        let mask = slotCount - 1
        for slot in 0..<old.count / 2 where old[2 * slot] != 0 {
            unpackKey(old[2 * slot], bits: bits, into: &ids)
            let hash = Self.hash(ids)
            var target = home(hash)
            while cells[2 * target] != 0 { target = (target + 1) & mask }
            cells[2 * target] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(count + 1)
            cells[2 * target + 1] = old[2 * slot + 1]
            grams.append(contentsOf: ids)
            count += 1
        }
    }

    private func matches(_ entry: Int, _ gram: UnsafeBufferPointer<UInt32>) -> Bool {
        grams.withUnsafeBufferPointer { stored in
            let start = entry * width
            for position in 0..<width where stored[start + position] != gram[position] { return false }
            return true
        }
    }

    /// Adds every sighting of `other`, its word ids first translated by `ids`.
    mutating func add(_ other: NGramTable, translatingIDs ids: [UInt32]) {
        // Room first: entries come in `other`'s slot order, which inserted into a
        // smaller table would pile up into one long probe run.
        while isCrowded(adding: other.count) { grow() }
        var translated = [UInt32](repeating: 0, count: width)
        other.forEach { gram, count in
            for position in 0..<width { translated[position] = ids[Int(gram[position])] }
            translated.withUnsafeBufferPointer { add($0, count: count) }
        }
    }

    /// Calls `body` with every n-gram and its count, in slot order.
    func forEach(_ body: (UnsafeBufferPointer<UInt32>, Int) -> Void) {
        var ids = [UInt32](repeating: 0, count: width)
        for slot in 0..<slotCount where cells[2 * slot] != 0 {
            let stored = cells[2 * slot], count = Int(cells[2 * slot + 1])
            if packedBits > 0 {
                unpackKey(stored, bits: packedBits, into: &ids)
                ids.withUnsafeBufferPointer { body($0, count) }
            } else {
                let entry = Int(stored & 0xFFFF_FFFF) - 1
                grams.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[entry * width..<(entry + 1) * width]), count) }
            }
        }
    }

    /// Doubles the slots. Old slots are visited in order, so each entry's new home is
    /// at or after the one before: no long probe runs form.
    private mutating func grow() {
        let old = cells
        cells = Array(repeating: 0, count: old.count * 2)
        shift -= 1
        let mask = slotCount - 1
        for slot in 0..<old.count / 2 where old[2 * slot] != 0 {
            let key = old[2 * slot]
            var target: Int
            if packedBits > 0 {
                target = home(key)
            } else {
                let entry = Int(key & 0xFFFF_FFFF) - 1
                target = home(Self.hash(grams[entry * width..<(entry + 1) * width]))
            }
            while cells[2 * target] != 0 { target = (target + 1) & mask }
            cells[2 * target] = key
            cells[2 * target + 1] = old[2 * slot + 1]
        }
    }
}
