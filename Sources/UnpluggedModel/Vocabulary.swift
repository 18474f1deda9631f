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
    /// Each word's colour and symbol: the vocabulary's own, or a whole lesson's (`marked(by:)`).
    public private(set) var marks: LessonMarks
    /// Each word's place in `words`.
    private var indices: [String: Int]
    /// Whether all the words together need writing out, as `identification(of:)` says;
    /// kept so a part drawn for the whole vocabulary (a table's heading) does not
    /// look at every word again.
    public private(set) var identifiesAll: Identification

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
        let marks = LessonMarks(words: ordered.dropLast(), chosen: colors)
        self.marks = marks
        identifiesAll = Identification(words: ordered, endToken: endToken) {
            Vocabulary.color(of: $0, endToken: endToken, marks: marks)
        }
    }

    /// The same words in the same order, marked as the whole lesson's words are (see
    /// `LessonMarks`): every figure drawn from it gives each word the lesson's colour
    /// and symbol. A word `marks` lacks is marked after its words.
    public func marked(by marks: LessonMarks) -> Vocabulary {
        var marked = self
        marked.marks = marks.including(words.dropLast(), chosen: self.marks.chosen)
        marked.identifiesAll = marked.identification(of: words)
        return marked
    }

    /// What a figure must add to colour so each of its words can be told apart.
    public struct Identification: Hashable, Sendable {
        /// Two of the words share a colour, so every sticky and ball carries its word.
        public let writesWords: Bool
        /// The words other than the end token are not all colour words, so the end
        /// token is not the one blank sticky among colours: it is marked too.
        public let marksEnd: Bool

        init(words: some Sequence<String>, endToken: String, color: (String) -> WordColor) {
            var seen: Set<WordColor> = []
            var shared = false
            var onlyColourWords = true
            for word in words {
                if !seen.insert(color(word)).inserted { shared = true }
                if word != endToken, LessonPalette.named[word.lowercased()] == nil { onlyColourWords = false }
            }
            writesWords = shared
            marksEnd = !onlyColourWords
        }
    }

    /// What the figure showing `words` (each once) must add to colour to tell them apart.
    public func identification(of words: some Sequence<String>) -> Identification {
        Identification(words: words, endToken: endToken, color: color(of:))
    }

    /// The number of words, the end token included.
    public var count: Int { words.count }

    /// The word's place in `words`, or nil when it is not a word of this vocabulary.
    public func index(of word: String) -> Int? { indices[word] }

    /// Whether `word` is one of the words.
    public func contains(_ word: String) -> Bool { indices[word] != nil }

    /// The colour of a word's stickies and balls.
    public func color(of word: String) -> WordColor {
        Vocabulary.color(of: word, endToken: endToken, marks: marks)
    }

    /// The end token is light grey unless its input chose a colour for it; every other
    /// word takes its mark's colour.
    private static func color(of word: String, endToken: String, marks: LessonMarks) -> WordColor {
        word == endToken ? marks.chosen[word] ?? LessonPalette.end : marks.color(of: word) ?? LessonPalette.end
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

    /// The letter or mark printed on the word's stickies and balls, so it can be told
    /// apart without colour ("P" purple, "B" blue, "Pi" pink, "■" the end token; see
    /// `WordSymbols`); the end token's for a word not in the vocabulary.
    public func symbol(of word: String) -> String {
        isEnd(word) ? WordSymbols.end : marks.symbol(of: word) ?? WordSymbols.end
    }
}
