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

    /// Unset choices take the lesson's defaults (white-space separated words, one
    /// document a line), or prose's (words by paragraph) when the front matter is
    /// another toolkit's, only metadata: such a corpus is a text, not stickies.
    init(frontMatter: FrontMatter, overrides: ReadingOverrides) {
        let prose = frontMatter.isOnlyMetadata
        tokens = overrides.tokens ?? frontMatter.tokens ?? (prose ? .words : .whitespace)
        documents = overrides.documents ?? frontMatter.documents ?? (prose ? .paragraphs : .lines)
        lowercase = overrides.lowercase ?? frontMatter.lowercase ?? false
        end = overrides.end ?? frontMatter.end ?? Self.defaultEnd(for: tokens)
        punctuation = Set(frontMatter.punctuation ?? [])
        vocabulary = frontMatter.vocabulary
    }

    /// The end token when none is named: the lesson's white sticky for documents of
    /// white-space separated words; for prose and characters `<end>`, which no word
    /// or character of the text can equal, so a novel's "white" stays a word.
    static func defaultEnd(for tokens: Tokenization) -> String {
        tokens == .whitespace ? "white" : "<end>"
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
