import Synchronization

/// Values kept by key in memory, up to a bound of bytes and for a while after their
/// last use: the store behind the server's caches (`AnswerCache`, `LessonCache`), safe
/// to use from every drawing at once.
///
/// The least recently used go first when the bound is reached. The caller says what
/// each value costs; a value costing more than the whole bound is not kept, so the kept
/// values never pass it. A value unused for `lifetime` is forgotten: a class's
/// documents, and the figures drawn from them, do not stay in the server once the class
/// has stopped asking (`forgetUnused()`, which `Forgetting` calls every little while,
/// and any use of the store).
final class RecentlyUsed<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// The most bytes kept, as the callers count them.
    let byteLimit: Int
    /// How long a value is kept after its last use.
    let lifetime: Duration
    private let state: Mutex<State>
    private let clock = ContinuousClock()

    init(byteLimit: Int, lifetime: Duration) {
        self.byteLimit = byteLimit
        self.lifetime = lifetime
        self.state = Mutex(State())
    }

    /// The value kept for `key`, now the most recently used; nil if none is kept.
    func value(for key: Key) -> Value? {
        let now = clock.now
        return state.withLock { state in
            state.forget(usedBefore: now - lifetime)
            return state.use(key, at: now)
        }
    }

    /// Keeps `value` for `key`, dropping the least recently used values until the
    /// kept ones fit `byteLimit`; a value costing more than the limit is not kept.
    func keep(_ value: Value, for key: Key, cost: Int) {
        guard cost <= byteLimit else { return }
        let now = clock.now
        state.withLock { state in
            state.forget(usedBefore: now - lifetime)
            state.remove(key)
            while state.bytes + cost > byteLimit, let oldest = state.oldest { state.remove(oldest) }
            state.insert(value, for: key, cost: cost, at: now)
        }
    }

    /// Drops every value unused for `lifetime`.
    func forgetUnused() {
        let now = clock.now
        state.withLock { $0.forget(usedBefore: now - lifetime) }
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
            var lastUsed: ContinuousClock.Instant
            var older: Key?
            var newer: Key?
        }

        var entries: [Key: Entry] = [:]
        var oldest: Key?
        var newest: Key?
        var bytes = 0

        mutating func use(_ key: Key, at now: ContinuousClock.Instant) -> Value? {
            guard let entry = entries[key] else { return nil }
            remove(key)
            insert(entry.value, for: key, cost: entry.cost, at: now)
            return entry.value
        }

        mutating func insert(_ value: Value, for key: Key, cost: Int, at now: ContinuousClock.Instant) {
            entries[key] = Entry(value: value, cost: cost, lastUsed: now, older: newest, newer: nil)
            if let newest { entries[newest]?.newer = key } else { oldest = key }
            newest = key
            bytes += cost
        }

        /// The values in order of use are also in order of `lastUsed`: the unused
        /// ones are the oldest.
        mutating func forget(usedBefore moment: ContinuousClock.Instant) {
            while let oldest, let entry = entries[oldest], entry.lastUsed < moment { remove(oldest) }
        }

        mutating func remove(_ key: Key) {
            guard let entry = entries.removeValue(forKey: key) else { return }
            if let older = entry.older { entries[older]?.newer = entry.newer } else { oldest = entry.newer }
            if let newer = entry.newer { entries[newer]?.older = entry.older } else { newest = entry.older }
            bytes -= entry.cost
        }
    }
}
