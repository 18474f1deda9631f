/// The words of a lesson in a stable order, the end token last, each with the
/// colour and label its stickies and balls are drawn with.
///
/// The order is the order of a table's rows and columns and of a figure's bins, so it
/// never depends on hashing: it is the declared order, or else the order in which
/// words first appear.
public struct Vocabulary: Hashable, Sendable {
    /// Every word, in the order of the table's rows and columns; the end token is last.
    public private(set) var words: [String]
    /// The end-of-document word (the lesson's white sticky).
    public let endToken: String
    private var colors: [String: WordColor]
    /// Each word's place in `words`.
    private var indices: [String: Int]
    /// Each word's greyscale symbol, in the order of `words`.
    private var symbols: [String]

    /// The most UTF-8 bytes a word of an input may have. A longer "word" is almost
    /// always a file that is not text, or text without spaces; it would also make a
    /// file name (`sticky-<word>.svg`) longer than file systems allow.
    public static let longestWord = 200

    /// Makes a vocabulary from words in order; the end token is moved to the end.
    ///
    /// Colours: a colour given in `colors` wins; the end token is light grey; a word
    /// that is a colour name gets that colour; other words take the colour-blind-safe
    /// palette's colours in turn.
    public init(words: [String], endToken: String = "white", colors: [String: WordColor] = [:]) {
        var ordered: [String] = []
        var indices: [String: Int] = [:]
        for word in words where word != endToken && indices[word] == nil {
            indices[word] = ordered.count
            ordered.append(word)
        }
        indices[endToken] = ordered.count
        ordered.append(endToken)
        self.words = ordered
        self.endToken = endToken
        self.indices = indices
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
        self.symbols = WordSymbols.assign(to: ordered, endToken: endToken)
    }

    /// The number of words, the end token included.
    public var count: Int { words.count }

    /// The word's place in `words`, or nil when it is not a word of this vocabulary.
    public func index(of word: String) -> Int? { indices[word] }

    /// Whether `word` is one of the words.
    public func contains(_ word: String) -> Bool { indices[word] != nil }

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

    /// The letter or mark printed on the word's stickies and balls, so it can be told
    /// apart without colour ("P" purple, "B" blue, "Pi" pink, "■" the end token; see
    /// `WordSymbols`); the end token's for a word not in the vocabulary.
    public func symbol(of word: String) -> String {
        indices[word].map { symbols[$0] } ?? WordSymbols.end
    }
}
