/// The words of a lesson in a stable order, the end token last, each with the
/// colour and label its stickies and balls are drawn with.
///
/// The order is the order of a table's rows and columns and of a figure's bins, so it
/// never depends on hashing: the order in which words first appear, except that
/// words of one character each (a names list read by character) go in alphabetical
/// order, Unicode scalar by scalar, so a space comes first and a reader finds a
/// letter where the alphabet puts it.
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
    /// Whether all the words together need writing out, as `identification(of:)` says;
    /// kept so a part drawn for the whole vocabulary (a table's heading) does not
    /// look at every word again.
    public let identifiesAll: Identification

    /// The most UTF-8 bytes a word of an input may have. A longer "word" is almost
    /// always a file that is not text, or text without spaces; it would also make a
    /// file name (`sticky-<word>.svg`) longer than file systems allow.
    public static let longestWord = 200

    /// How `init` orders the words it is given.
    public enum Order: Sendable {
        /// As given, first appearance or declared: a count table's columns, which are
        /// written back in the file's order.
        case given
        /// As given, unless every word is one character: then alphabetically.
        case alphabeticalCharacters
    }

    /// Makes a vocabulary from words in `order`; the end token is moved to the end.
    ///
    /// Colours: a colour given in `colors` wins; the end token is light grey; a word
    /// that is a colour name gets that colour; other words take the colour-blind-safe
    /// palette's colours in turn.
    public init(words: [String], endToken: String = "white", colors: [String: WordColor] = [:],
                order: Order = .alphabeticalCharacters) {
        var ordered: [String] = []
        var indices: [String: Int] = [:]
        for word in words where word != endToken && indices[word] == nil {
            indices[word] = ordered.count
            ordered.append(word)
        }
        if order == .alphabeticalCharacters, !ordered.isEmpty, ordered.allSatisfy({ $0.count == 1 }) {
            ordered.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (index, word) in ordered.enumerated() { indices[word] = index }
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
        identifiesAll = Identification(words: ordered, endToken: endToken, colors: resolved)
    }

    /// What a figure must add to colour so each of its words can be told apart.
    public struct Identification: Hashable, Sendable {
        /// Two of the words share a colour, so every sticky and ball carries its word.
        public let writesWords: Bool
        /// The words other than the end token are not all colour words, so the end
        /// token is not the one blank sticky among colours: it is marked too.
        public let marksEnd: Bool

        init(words: some Sequence<String>, endToken: String, colors: [String: WordColor]) {
            var seen: Set<WordColor> = []
            var shared = false
            var onlyColourWords = true
            for word in words {
                if !seen.insert(colors[word] ?? LessonPalette.end).inserted { shared = true }
                if word != endToken, LessonPalette.named[word.lowercased()] == nil { onlyColourWords = false }
            }
            writesWords = shared
            marksEnd = !onlyColourWords
        }
    }

    /// What the figure showing `words` (each once) must add to colour to tell them apart.
    public func identification(of words: some Sequence<String>) -> Identification {
        Identification(words: words, endToken: endToken, colors: colors)
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

    /// The end token of every text but the colour lesson (and one whose front matter
    /// names its own): a name no word read from a text can equal, since `<` and `>`
    /// are not letters, so a novel's "end" or "white" stays a word.
    public static let unnamedEnd = "<end>"

    /// The end token as a reader sees it, in file names, headers, captions and
    /// messages: its own name when the lesson or the teacher gave it one (`white`),
    /// else "end", or "end token" when "end" is also a word of the text.
    public var endName: String {
        guard endToken == Self.unnamedEnd else { return endToken }
        return contains("end") ? "end token" : "end"
    }

    /// A word as a reader sees it: the end token by `endName`, any other as it is.
    public func shownName(of word: String) -> String { isEnd(word) ? endName : word }

    /// The words a prompt may use, to list in a message: all but the end token,
    /// which ends documents.
    public var promptWords: [String] { words.filter { $0 != endToken } }

    /// Whether a sticky shows the word's text: colour words are their colour alone.
    public func showsText(_ word: String) -> Bool {
        word != endToken && LessonPalette.named[word.lowercased()] == nil
    }

    /// Symbols for `words` alone, as short as they can be among themselves, none equal to
    /// a text of `reserved`: a figure's legend lists only its own words, so they need
    /// not be told apart from the whole vocabulary ("F" rather than "F25").
    public func symbols(for words: [String], besides reserved: Set<String>) -> [String] {
        WordSymbols.assign(to: words, endToken: endToken, reserved: reserved)
    }

    /// The letter or mark printed on the word's stickies and balls, so it can be told
    /// apart without colour ("P" purple, "B" blue, "Pi" pink, "■" the end token; see
    /// `WordSymbols`); the end token's for a word not in the vocabulary.
    public func symbol(of word: String) -> String {
        indices[word].map { symbols[$0] } ?? WordSymbols.end
    }
}
