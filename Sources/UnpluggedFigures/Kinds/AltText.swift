import UnpluggedModel

/// The words of alt text: how a figure's description names words, balls and bins,
/// in the lesson's language ("a blue ball goes into the green bin").
///
/// A colour word is named by its colour, a written word in quotes, and the end token
/// as what it means; so the same sentence reads right for the colour lesson and for a
/// novel.
struct AltText {
    let vocabulary: Vocabulary

    /// "green", "“the”", or "the end token".
    func word(_ word: String) -> String {
        if vocabulary.isEnd(word) { return "the end token" }
        return vocabulary.showsText(word) ? "\u{201C}\(word)\u{201D}" : word
    }

    /// Words in reading order: "green blue", or "“the cat”".
    func words(_ words: [String]) -> String {
        guard words.contains(where: { vocabulary.showsText($0) && !vocabulary.isEnd($0) }) else {
            return AltText.list(words.map(word))
        }
        return "\u{201C}" + words.joined(separator: " ") + "\u{201D}"
    }

    /// "a blue ball", or "a ball for “the”".
    func ball(_ word: String) -> String {
        vocabulary.showsText(word) || vocabulary.isEnd(word) ? "a ball for \(self.word(word))" : "a \(word) ball"
    }

    /// "the green bin", "the green–blue bin", or "the bin of “the cat”".
    func bin(_ context: Context) -> String {
        let colours = context.words.allSatisfy { !vocabulary.showsText($0) && !vocabulary.isEnd($0) }
        return colours ? "the \(context.words.joined(separator: "\u{2013}")) bin" : "the bin of \(words(context.words))"
    }

    /// "10 balls: 1 purple, 3 blue and 6 pink", naming each word with its count.
    func contents(_ counts: [BallCount]) -> String {
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0 else { return "no balls" }
        let parts = counts.filter { $0.count > 0 }.map { "\($0.count) \(word($0.word))" }
        return "\(AltText.count(total, "ball")): \(AltText.list(parts))"
    }

    /// "170 balls: 12 “same”, 9 “first” and 120 of other words", the balls a bin shows
    /// by kind (see `BallFilling.contents`); kinds without a ball are left out.
    func contents(_ balls: [(ball: DrawnBall, count: Int)]) -> String {
        let total = balls.reduce(0) { $0 + $1.count }
        guard total > 0 else { return "no balls" }
        let parts = balls.filter { $0.count > 0 }.map { ball, count in
            switch ball {
            case .word(let word): "\(count) \(self.word(word))"
            case .other: "\(count) of other words"
            }
        }
        return "\(AltText.count(total, "ball")): \(AltText.list(parts))"
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// "1 bin", "4 bins" (see `English`).
    static func count(_ number: Int, _ noun: String) -> String {
        English.count(number, noun)
    }
}
