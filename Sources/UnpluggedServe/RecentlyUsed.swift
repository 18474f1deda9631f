import Synchronization

/// Values kept by key up to a bound of bytes, the least recently used going first: the
/// store behind the server's caches (`AnswerCache`, `LessonCache`), safe to use from
/// every drawing at once.
///
/// The caller says what each value costs; a value costing more than the whole bound is
/// not kept, so the kept values never pass it.
final class RecentlyUsed<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// The most bytes kept, as the callers count them.
    let byteLimit: Int
    private let state: Mutex<State>

    init(byteLimit: Int) {
        self.byteLimit = byteLimit
        self.state = Mutex(State())
    }

    /// The value kept for `key`, now the most recently used; nil if none is kept.
    func value(for key: Key) -> Value? {
        state.withLock { $0.use(key) }
    }

    /// Keeps `value` for `key`, dropping the least recently used values until the
    /// kept ones fit `byteLimit`; a value costing more than the limit is not kept.
    func keep(_ value: Value, for key: Key, cost: Int) {
        guard cost <= byteLimit else { return }
        state.withLock { state in
            state.remove(key)
            while state.bytes + cost > byteLimit, let oldest = state.oldest { state.remove(oldest) }
            state.insert(value, for: key, cost: cost)
        }
    }

    /// The bytes the kept values cost, and how many there are.
    var usage: (bytes: Int, count: Int) {
        state.withLock { ($0.bytes, $0.entries.count) }
    }

    /// The values in order of use, linked by key from the oldest to the newest.
    private struct State {
        struct Entry {
            var value: Value
            var cost: Int
            var older: Key?
            var newer: Key?
        }

        var entries: [Key: Entry] = [:]
        var oldest: Key?
        var newest: Key?
        var bytes = 0

        mutating func use(_ key: Key) -> Value? {
            guard let entry = entries[key] else { return nil }
            remove(key)
            insert(entry.value, for: key, cost: entry.cost)
            return entry.value
        }

        mutating func insert(_ value: Value, for key: Key, cost: Int) {
            entries[key] = Entry(value: value, cost: cost, older: newest, newer: nil)
            if let newest { entries[newest]?.newer = key } else { oldest = key }
            newest = key
            bytes += cost
        }

        mutating func remove(_ key: Key) {
            guard let entry = entries.removeValue(forKey: key) else { return }
            if let older = entry.older { entries[older]?.newer = entry.newer } else { oldest = entry.newer }
            if let newer = entry.newer { entries[newer]?.older = entry.older } else { newest = entry.older }
            bytes -= entry.cost
        }
    }
}
