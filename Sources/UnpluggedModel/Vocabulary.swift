/// The words of a lesson in a stable order, the end token last, each with the
/// colour and label its stickies and balls are drawn with.
public struct Vocabulary: Hashable, Sendable {
    /// Every word, in the order of the table's rows and columns; the end token is last.
    public private(set) var words: [String]
    /// The end-of-document word (the lesson's white sticky).
    public let endToken: String
    private var colors: [String: WordColor]

    /// Makes a vocabulary from words in order; the end token is moved to the end.
    /// Colours: a word that is a colour name gets that colour, others get a palette colour.
    public init(words: [String], endToken: String = "white", colors: [String: WordColor] = [:]) {
        var ordered: [String] = []
        var seen: Set<String> = []
        for word in words where word != endToken && seen.insert(word).inserted {
            ordered.append(word)
        }
        ordered.append(endToken)
        self.words = ordered
        self.endToken = endToken
        var resolved: [String: WordColor] = [:]
        var paletteIndex = 0
        for word in ordered {
            if let chosen = colors[word] {
                resolved[word] = chosen
            } else if word == endToken {
                resolved[word] = LessonPalette.end
            } else if let named = LessonPalette.named[word.lowercased()] {
                resolved[word] = named
            } else {
                resolved[word] = LessonPalette.distinct[paletteIndex % LessonPalette.distinct.count]
                paletteIndex += 1
            }
        }
        self.colors = resolved
    }

    /// The colour of a word's stickies and balls.
    public func color(of word: String) -> WordColor {
        colors[word] ?? LessonPalette.end
    }

    /// Whether the word is the end token, drawn light with an outline.
    public func isEnd(_ word: String) -> Bool { word == endToken }

    /// Whether a sticky shows the word's text: colour words are their colour alone.
    public func showsText(_ word: String) -> Bool {
        word != endToken && LessonPalette.named[word.lowercased()] == nil
    }
}
