/// How often each n-gram (context words, then the next word) was seen, as word ids.
///
/// Sparse: one entry per distinct n-gram seen, so memory follows what the text holds,
/// not vocabulary^n. Entries stay in the order they were first seen, and the table is
/// only ever read in that order, so nothing that reaches output depends on hashing.
struct NGramTable: Sendable {
    /// Ids per n-gram: the context length plus one.
    let width: Int
    /// Every n-gram's ids back to back, `width` at a time, in order of first sight.
    private(set) var grams: [UInt32] = []
    /// How often each n-gram was seen.
    private(set) var counts: [Int] = []
    /// Per slot: the n-gram's hash in the high 32 bits, its entry + 1 in the low 32; 0 = empty.
    private var slots: [UInt64] = Array(repeating: 0, count: 1024)

    init(width: Int) {
        precondition(width >= 2, "an n-gram has at least one context word and the next word")
        self.width = width
    }

    /// The number of distinct n-grams.
    var count: Int { counts.count }

    /// The ids of entry `entry`.
    func gram(_ entry: Int) -> ArraySlice<UInt32> {
        grams[entry * width..<(entry + 1) * width]
    }

    /// Adds `count` sightings of the n-gram `gram` (exactly `width` ids).
    @inline(__always)
    mutating func add(_ gram: UnsafeBufferPointer<UInt32>, count: Int = 1) {
        let hash = Self.hash(gram)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if matches(index, gram) {
                    counts[index] += count
                    return
                }
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = tag | UInt64(counts.count + 1)
        grams.append(contentsOf: gram)
        counts.append(count)
        if counts.count * 2 > slots.count { grow() }
    }

    /// Adds every sighting of `other`, its word ids first translated by `ids`.
    mutating func add(_ other: NGramTable, translatingIDs ids: [UInt32]) {
        var gram = [UInt32](repeating: 0, count: width)
        for entry in 0..<other.count {
            for (position, id) in other.gram(entry).enumerated() { gram[position] = ids[Int(id)] }
            gram.withUnsafeBufferPointer { add($0, count: other.counts[entry]) }
        }
    }

    @inline(__always)
    private func matches(_ index: Int, _ gram: UnsafeBufferPointer<UInt32>) -> Bool {
        grams.withUnsafeBufferPointer { stored in
            let start = index * width
            for position in 0..<width where stored[start + position] != gram[position] { return false }
            return true
        }
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        grams.withUnsafeBufferPointer { stored in
            for index in 0..<counts.count {
                let hash = Self.hash(UnsafeBufferPointer(rebasing: stored[index * width..<(index + 1) * width]))
                var slot = Int(truncatingIfNeeded: hash) & mask
                while bigger[slot] != 0 { slot = (slot + 1) & mask }
                bigger[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
            }
        }
        slots = bigger
    }

    @inline(__always)
    private static func hash(_ gram: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var hash: UInt64 = 0
        for id in gram {
            hash = (hash ^ UInt64(id)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 31
        }
        hash = hash &* 0xD6E8_FEB8_6659_FD93
        return hash ^ (hash >> 32)
    }
}
