import UnpluggedBuild

/// Figures already drawn, by what was asked: a class of thirty opening the same link,
/// or the live page asking again for every figure when one option changes, asks for
/// the same figures many times, and a figure is a pure function of its request (same
/// kind, format, options and documents, same bytes), so an answer kept is the answer
/// the drawing would give again.
///
/// Kept by the SHA-256 of the request, not the request, so that a 5 MB body costs 64
/// characters of key; the least recently used answers go first once the answers kept
/// pass `byteLimit`, and an answer unused for the lifetime (ten minutes) is forgotten.
public final class AnswerCache: Sendable {
    /// 64 MiB: some six hundred bins figures of a class corpus (about 100 kB each), and an
    /// eighth of the 512 MiB the server must stay under with 16 clients drawing.
    public static let defaultByteLimit = 64 * 1_048_576

    private let kept: RecentlyUsed<String, DrawnFigure>

    /// The most bytes of answers kept (figure bytes, alt text and key together).
    var byteLimit: Int { kept.byteLimit }

    init(byteLimit: Int = AnswerCache.defaultByteLimit, lifetime: Duration = ServeLimits.defaultCacheLifetime) {
        kept = RecentlyUsed(byteLimit: byteLimit, lifetime: lifetime)
    }

    /// The key of a render request: its address, its query (sorted by name, as the
    /// options read it, so `?a&b` and `?b&a` are one request) and its body, each part
    /// preceded by its length so that no two requests join into the same bytes.
    static func key(_ address: FigureAddress, parameters: [(name: String, value: String)], body: [UInt8]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(body.count + 256)
        func add(_ part: some Collection<UInt8>) {
            bytes.append(contentsOf: Array(String(part.count).utf8) + [0x3A])
            bytes.append(contentsOf: part)
        }
        add(Array(address.kind.name.utf8))
        add(Array(address.format.rawValue.utf8))
        let sorted = parameters.enumerated().sorted { ($0.element.name, $0.offset) < ($1.element.name, $1.offset) }
        for (_, parameter) in sorted {
            add(Array(parameter.name.utf8))
            add(Array(parameter.value.utf8))
        }
        add(body)
        return SHA256.hex(bytes)
    }

    /// The answer kept for `key`, now the most recently used; nil if none is kept.
    func answer(for key: String) -> DrawnFigure? {
        kept.value(for: key)
    }

    /// Keeps `figure` as the answer for `key`, dropping the least recently used answers
    /// until the kept ones fit `byteLimit`; an answer larger than the limit is not kept.
    func keep(_ figure: DrawnFigure, for key: String) {
        kept.keep(figure, for: key, cost: Self.cost(of: figure, key: key))
    }

    /// Drops the answers unused for the cache's lifetime.
    func forgetUnused() {
        kept.forgetUnused()
    }

    /// The bytes the kept answers take, and how many there are.
    var usage: (bytes: Int, answers: Int) {
        let usage = kept.usage
        return (usage.bytes, usage.count)
    }

    /// What an answer counts against the limit: its bytes, its alt text and its key.
    static func cost(of figure: DrawnFigure, key: String) -> Int {
        figure.bytes.count + figure.altText.utf8.count + key.utf8.count
    }
}
