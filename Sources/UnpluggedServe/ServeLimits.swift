/// What one request may cost the server: the bytes of its body and the seconds it may
/// draw for. A teacher's page never comes near them; they keep a pasted book or a
/// runaway request from holding the server (and the other clients) for long.
public struct ServeLimits: Sendable, Hashable {
    /// The largest request body read; a larger one is answered 413 before it is read whole.
    public var maximumBodyBytes: Int
    /// How long a request may draw before it is cancelled and answered 503.
    public var timeLimit: Duration
    /// How long a bundle (decks, zip: every kind, built) may take, waiting included.
    public var bundleTimeLimit: Duration

    /// How long one stream of build events stays open; the browser opens another, so
    /// that no connection outlives a shutdown by long.
    public var eventStreamLifetime: Duration

    /// The most bytes of drawn figures kept to answer the same request again
    /// (`AnswerCache`); 0 keeps none.
    public var answerCacheBytes: Int
    /// The most bytes of counted documents (estimated, `LessonCache`) kept for the next
    /// figure drawn from them; 0 keeps none.
    public var lessonCacheBytes: Int
    /// How long a drawn figure or a counted text is kept after its last use: the
    /// server forgets a class's documents once the class stops asking.
    public var cacheLifetime: Duration

    /// Ten minutes: a lesson's back and forth between options is answered from the
    /// caches, and a page closed leaves nothing behind after that.
    public static let defaultCacheLifetime: Duration = .seconds(600)

    /// 5 MB bodies, 10 seconds a figure, 2 minutes a bundle, 5 minutes an event stream,
    /// 64 MiB of figures and 32 MiB of counted documents kept, each for ten minutes
    /// after its last use.
    public init(maximumBodyBytes: Int = 5_000_000, timeLimit: Duration = .seconds(10), bundleTimeLimit: Duration = .seconds(120),
                eventStreamLifetime: Duration = .seconds(300), answerCacheBytes: Int = AnswerCache.defaultByteLimit,
                lessonCacheBytes: Int = LessonCache.defaultByteLimit, cacheLifetime: Duration = ServeLimits.defaultCacheLifetime) {
        self.maximumBodyBytes = maximumBodyBytes
        self.timeLimit = timeLimit
        self.bundleTimeLimit = bundleTimeLimit
        self.eventStreamLifetime = eventStreamLifetime
        self.answerCacheBytes = answerCacheBytes
        self.lessonCacheBytes = lessonCacheBytes
        self.cacheLifetime = cacheLifetime
    }

    /// Reads a size as `--max-body` takes it: bytes, or a number with kB, MB or GB
    /// (powers of 1000, as file managers show them; KiB, MiB and GiB powers of 1024).
    /// - Returns: nil when the text is not such a size.
    public static func bytes(of text: String) -> Int? {
        let trimmed = text.trimmingWhitespace
        let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = trimmed.dropFirst(digits.count).trimmingWhitespace.lowercased()
        let multipliers: [String: Double] = [
            "": 1, "b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "kib": 1024, "mib": 1_048_576, "gib": 1_073_741_824,
        ]
        guard let number = Double(digits), let multiplier = multipliers[unit] else { return nil }
        let bytes = (number * multiplier).rounded()
        guard bytes >= 1, bytes <= Double(Int32.max) else { return nil }
        return Int(bytes)
    }
}

extension StringProtocol {
    /// The text without the spaces and tabs around it.
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
