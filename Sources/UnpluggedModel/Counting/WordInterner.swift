/// Gives each distinct word, as UTF-8 bytes, a small integer id in order of first
/// appearance.
///
/// Counting works on ids, never on `String`s: making a `String` per word of a novel
/// would cost more than everything else together. Words live back to back in one byte
/// array and are found through an open-addressing table, so interning allocates only
/// when a new word is seen.
struct WordInterner: Sendable {
    /// Every word's bytes, back to back, in id order.
    private var storage: [UInt8] = []
    /// Where each word starts in `storage`; one more entry than there are words.
    private var starts: [Int] = [0]
    /// Per slot: the word's hash in the high 32 bits, its id + 1 in the low 32; 0 = empty.
    private var slots: [UInt64] = Array(repeating: 0, count: 1024)

    /// The number of distinct words seen.
    var count: Int { starts.count - 1 }

    /// The id of `word`, giving it the next id when it is new.
    @inline(__always)
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> (id: UInt32, isNew: Bool) {
        let hash = Self.hash(word)
        let tag = UInt64(truncatingIfNeeded: hash >> 32) << 32
        var mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if matches(id, word) { return (UInt32(id), false) }
            }
            slot = (slot + 1) & mask
        }
        let id = count
        storage.append(contentsOf: word)
        starts.append(storage.count)
        slots[slot] = tag | UInt64(id + 1)
        if count * 2 > slots.count {
            grow()
            mask = slots.count - 1
        }
        return (UInt32(id), true)
    }

    /// Interns a word given as a string (declared words, the end token).
    mutating func intern(_ word: String) -> UInt32 {
        var word = word
        return word.withUTF8 { intern($0).id }
    }

    /// The bytes of the word with `id`.
    func bytes(of id: Int) -> ArraySlice<UInt8> {
        storage[starts[id]..<starts[id + 1]]
    }

    /// The word with `id` as text.
    func word(_ id: Int) -> String {
        String(decoding: bytes(of: id), as: UTF8.self)
    }

    private func matches(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == word.count else { return false }
        return storage.withUnsafeBufferPointer { stored in
            var index = 0
            while index < word.count {
                if stored[start + index] != word[index] { return false }
                index += 1
            }
            return true
        }
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for entry in slots where entry != 0 {
            let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
            let hash = storage[starts[id]..<starts[id + 1]].withContiguousStorageIfAvailable(Self.hash)!
            var slot = Int(truncatingIfNeeded: hash) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = entry
        }
        slots = bigger
    }

    /// A fast 64-bit hash of a short byte string: eight bytes at a time, then the tail.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(truncatingIfNeeded: bytes.count) &* multiplier
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash >> 32
        hash = hash &* 0xD6E8_FEB8_6659_FD93
        return hash ^ (hash >> 32)
    }
}
