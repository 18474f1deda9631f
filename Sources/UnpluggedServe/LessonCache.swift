import UnpluggedBuild
import UnpluggedModel

/// Documents already counted, by their bytes and how they were read: the live page asks
/// for a dozen figures of every text a teacher types, each drawn from the same count,
/// and counting (front matter, reading, the n-grams) is as long as laying out a
/// figure. A lesson is a pure function of its key, so a kept one is the one counting
/// would give again.
///
/// Kept by the text's SHA-256 (the lesson itself holds the documents when a kind trains
/// on them), and forgotten once unused for the lifetime (ten minutes).
public final class LessonCache: Sendable {
    /// 32 MiB of estimated lessons: hundreds of class corpora, or a few long texts.
    public static let defaultByteLimit = 32 * 1_048_576

    private struct Key: Hashable, Sendable {
        var digest: String
        var reading: InputReading
        var keepsDocuments: Bool
    }

    private let kept: RecentlyUsed<Key, Lesson>

    init(byteLimit: Int = LessonCache.defaultByteLimit, lifetime: Duration = ServeLimits.defaultCacheLifetime) {
        kept = RecentlyUsed(byteLimit: byteLimit, lifetime: lifetime)
    }

    /// Drops the lessons unused for the cache's lifetime.
    func forgetUnused() {
        kept.forgetUnused()
    }

    /// The lesson `body` counts into, read with `reading`, with its documents when
    /// `keepingDocuments` (`Kind.keepsDocuments`): the kept one, or counted now and kept.
    /// - Throws: `InputError` naming the line, as counting does (a text that fails to
    ///   count is not kept, and fails the same way again).
    func lesson(of body: [UInt8], reading: InputReading, keepingDocuments: Bool) throws -> Lesson {
        let key = Key(digest: SHA256.hex(body), reading: reading, keepsDocuments: keepingDocuments)
        if let lesson = kept.value(for: key) { return lesson }
        let lesson = try Lesson.counting(InputText(name: QueryOptions.bodyName, bytes: body), reading: reading,
                                         keepingDocuments: keepingDocuments)
        kept.keep(lesson, for: key, cost: Self.estimatedCost(ofCounting: body))
        return lesson
    }

    /// The estimated bytes of the lessons kept, and how many there are.
    var usage: (bytes: Int, count: Int) { kept.usage }

    /// What a lesson counted from `body` is taken to cost: its documents as words (a
    /// string of up to 15 bytes is held in 16, in an array) and its counts come to a
    /// few times the text, bounded here by sixteen times, plus a fixed part for the
    /// vocabulary and marks.
    static func estimatedCost(ofCounting body: [UInt8]) -> Int {
        16 * body.count + 4_096
    }
}
