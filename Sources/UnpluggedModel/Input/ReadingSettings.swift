/// How the text of a documents file is cut into words.
public enum Tokenization: String, CaseIterable, Sendable {
    /// Words are separated by white space, as students write the lesson's stickies
    /// (`green blue purple`). The default.
    case whitespace
    /// Prose: a word is a run of letters, digits and marks, with an apostrophe kept
    /// inside a word (`don't`); everything else separates words. Unicode-aware, so
    /// "café", "naïve" and "日本" stay words.
    case words
    /// Every character (grapheme cluster) is a word, for character-level corpora such
    /// as a list of names. White space inside a document becomes one space word.
    case characters
}

/// How a documents file is cut into documents.
public enum DocumentSplitting: String, CaseIterable, Sendable {
    /// One document per line. The default.
    case lines
    /// Documents are separated by blank lines, so prose paragraphs are documents.
    case paragraphs
    /// The whole file is one document.
    case file
}

/// Reading choices given on the command line; each one, when set, overrides the
/// file's front matter.
public struct ReadingOverrides: Hashable, Sendable {
    public var tokens: Tokenization?
    public var documents: DocumentSplitting?
    public var lowercase: Bool?
    public var end: String?

    public init(tokens: Tokenization? = nil, documents: DocumentSplitting? = nil,
                lowercase: Bool? = nil, end: String? = nil) {
        self.tokens = tokens
        self.documents = documents
        self.lowercase = lowercase
        self.end = end
    }
}

/// How an input is read and counted: the reading choices, the context length and the
/// start padding. The command line and a manifest fill it from the same options.
public struct InputReading: Hashable, Sendable {
    public var overrides: ReadingOverrides
    /// The words in a context to count documents with; nil for 1, or a table's own.
    public var contextLength: Int?
    /// Precede each document with end tokens, so the first words are learnt too.
    public var startPadding: Bool

    public init(overrides: ReadingOverrides = ReadingOverrides(), contextLength: Int? = nil, startPadding: Bool = false) {
        self.overrides = overrides
        self.contextLength = contextLength
        self.startPadding = startPadding
    }
}

/// Everything that decides how a documents file's bytes become documents of words,
/// after the command line has overridden the front matter.
struct ReadingSettings: Sendable {
    var tokens: Tokenization
    var documents: DocumentSplitting
    var lowercase: Bool
    var end: String
    /// Characters kept as words of their own, splitting the words around them.
    var punctuation: Set<Unicode.Scalar>
    /// The declared vocabulary, in order, when the front matter gives one.
    var vocabulary: [String]?

    /// Unset choices are decided from the text itself (`TextShape`), never from a
    /// front matter's metadata, so one rule reads every corpus:
    /// - the colour lesson (every word a colour name, or a declared `vocabulary:` of
    ///   colour names) is read as its stickies are written: words separated by white
    ///   space, ending in `white`;
    /// - any other text is read as prose: words of letters, digits and marks,
    ///   punctuation dropped (unless `punctuation:` keeps some as tokens), ending in
    ///   `<end>`, which no word can equal;
    /// - case is folded ("My" and "my" are one word) unless `lowercase: false`;
    /// - documents are paragraphs when blank lines separate paragraphs of wrapped lines,
    ///   else lines.
    /// `text` is read only as far as these decisions need (`TextShape`).
    init(frontMatter: FrontMatter, overrides: ReadingOverrides, text: InputText) throws {
        let body = frontMatter.bodyOffset..<text.size
        let givenTokens = overrides.tokens ?? frontMatter.tokens
        let givenEnd = overrides.end ?? frontMatter.end
        // The colour lesson decides the tokens and the end, when either is left to decide.
        let mayBeColourLesson = givenTokens == nil || (givenTokens == .whitespace && givenEnd == nil)
        let colourLesson = try mayBeColourLesson && (frontMatter.vocabulary.map(Self.areColourWords)
            ?? TextShape.isColourLesson(text, body: body))
        tokens = givenTokens ?? (colourLesson ? .whitespace : .words)
        end = givenEnd ?? (colourLesson ? Self.lessonEnd : Vocabulary.unnamedEnd)
        lowercase = overrides.lowercase ?? frontMatter.lowercase ?? true
        // The colour lesson is written a document a line, whatever blank lines it has.
        let givenDocuments = overrides.documents ?? frontMatter.documents
        documents = try givenDocuments ?? (!colourLesson && TextShape.hasParagraphs(text, body: body) ? .paragraphs : .lines)
        punctuation = Set(frontMatter.punctuation ?? [])
        vocabulary = frontMatter.vocabulary
    }

    /// The colour lesson's end token: its white sticky.
    static let lessonEnd = "white"

    /// Whether a declared vocabulary is the colour lesson's: colour names, and white.
    private static func areColourWords(_ words: [String]) -> Bool {
        !words.isEmpty && words.allSatisfy { $0 == lessonEnd || LessonPalette.named[$0.lowercased()] != nil }
    }

    /// The colour lesson's reading, for a text the built-in lesson is given (a tokens
    /// figure's `text`): the lesson's own reading, as the file it came from is read.
    init(colourLessonWith frontMatter: FrontMatter, overrides: ReadingOverrides) {
        tokens = overrides.tokens ?? frontMatter.tokens ?? .whitespace
        documents = overrides.documents ?? frontMatter.documents ?? .lines
        lowercase = overrides.lowercase ?? frontMatter.lowercase ?? true
        end = overrides.end ?? frontMatter.end ?? (tokens == .whitespace ? Self.lessonEnd : Vocabulary.unnamedEnd)
        punctuation = Set(frontMatter.punctuation ?? [])
        vocabulary = frontMatter.vocabulary
    }

    /// Whether documents may write the end token themselves (`green blue white`):
    /// only where words are written as stickies, one by one.
    var endMayBeWritten: Bool { tokens == .whitespace }
}

/// What a corpus says about itself, kept so tools can show or pass it on; it does not
/// change how the corpus is read.
public struct Metadata: Hashable, Sendable {
    public var title: String?
    public var author: String?
    public var url: String?
    public var license: String?

    public init(title: String? = nil, author: String? = nil, url: String? = nil, license: String? = nil) {
        self.title = title
        self.author = author
        self.url = url
        self.license = license
    }
}
