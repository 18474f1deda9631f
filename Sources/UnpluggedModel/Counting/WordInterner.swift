/// Gives each distinct word, as UTF-8 bytes, a small integer id in order of first
/// appearance.
///
/// Counting works on ids, never on `String`s: making a `String` per word of a novel
/// would cost more than everything else together. Words live back to back in one byte
/// array and are found through an open-addressing table whose slots hold a key and
/// the word's length and id side by side. The key of a word of up to 8 bytes (most
/// words) is the word itself, so finding it compares two machine words and never
/// reads the stored bytes; a longer word's key is its hash, checked against its bytes.
struct WordInterner: Sendable {
    /// Every word's bytes, back to back, in id order.
    private var storage: [UInt8] = []
    /// Where each word starts in `storage`; one more entry than there are words.
    private var starts: [Int] = [0]
    /// Two machine words per slot: the key, then length << 32 | (id + 1); 0 = empty.
    private var cells: [UInt64] = Array(repeating: 0, count: 2 * 1024)
    /// 64 − log2(slots): how far a hash is shifted to give a slot.
    private var shift: UInt64 = 64 - 10

    /// The number of distinct words seen.
    var count: Int { starts.count - 1 }

    /// The id of `word`, giving it the next id when it is new.
    /// - Parameter readable8: the 8 bytes from the word's start may be read even when
    ///   the word is shorter, so a short word's key is one load (see `WordSink`).
    @inline(__always)
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>, readable8: Bool = false) -> (id: UInt32, isNew: Bool) {
        let key = readable8 && word.count <= 8 ? Self.loadKey(word) : Self.key(word)
        let info = UInt64(word.count) << 32
        let mask = cells.count / 2 - 1
        var slot = Self.slot(key: key, length: word.count, shift: shift)
        let found: Int? = cells.withUnsafeBufferPointer { cells in
            while true {
                let stored = cells[2 &* slot &+ 1]
                if stored == 0 { return nil }
                if cells[2 &* slot] == key, stored & 0xFFFF_FFFF_0000_0000 == info {
                    let id = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) &- 1
                    if word.count <= 8 || matches(id, word) { return id }
                }
                slot = (slot &+ 1) & mask
            }
        }
        if let found { return (UInt32(found), false) }
        let id = count
        storage.append(contentsOf: word)
        starts.append(storage.count)
        cells[2 * slot] = key
        cells[2 * slot + 1] = info | UInt64(id + 1)
        if count * 4 > cells.count { grow() }
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
        return storage.withUnsafeBufferPointer { stored in
            for index in 0..<word.count where stored[start + index] != word[index] { return false }
            return true
        }
    }

    /// Doubles the slots, keeping the load under a half.
    private mutating func grow() {
        let old = cells
        cells = Array(repeating: 0, count: old.count * 2)
        shift -= 1
        let mask = cells.count / 2 - 1
        for slot in 0..<old.count / 2 where old[2 * slot + 1] != 0 {
            let key = old[2 * slot], stored = old[2 * slot + 1]
            var target = Self.slot(key: key, length: Int(stored >> 32), shift: shift)
            while cells[2 * target + 1] != 0 { target = (target + 1) & mask }
            cells[2 * target] = key
            cells[2 * target + 1] = stored
        }
    }

    /// Fibonacci hashing of the key: the product's top bits depend on all of its bits.
    @inline(__always)
    private static func slot(key: UInt64, length: Int, shift: UInt64) -> Int {
        let mixed = (key ^ UInt64(truncatingIfNeeded: length)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> shift)
    }

    /// A word of up to 8 bytes packed into a machine word by one load, when 8 bytes
    /// may be read from its start: the same key as `key(_:)` gives.
    @inline(__always)
    private static func loadKey(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let loaded = UInt64(littleEndian: UnsafeRawPointer(word.baseAddress!).loadUnaligned(as: UInt64.self))
        return word.count == 8 ? loaded : loaded & ((1 &<< UInt64(8 &* word.count)) &- 1)
    }

    /// A word of up to 8 bytes packed into a machine word; a longer word's hash.
    @inline(__always)
    private static func key(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        if word.count <= 8 {
            for index in 0..<word.count { packed |= UInt64(word[index]) &<< UInt64(8 &* index) }
            return packed
        }
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0
        var index = 0
        let raw = UnsafeRawBufferPointer(word)
        while index + 8 <= word.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            index += 8
        }
        while index < word.count {
            packed = packed << 8 | UInt64(word[index])
            index += 1
        }
        hash = (hash ^ packed) &* multiplier
        return hash ^ (hash >> 32)
    }
}
