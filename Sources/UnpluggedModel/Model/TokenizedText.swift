/// A text as a language model sees it: cut into tokens, its vocabulary sorted and
/// numbered from 0, and the text as the row of its tokens' numbers.
///
/// The vocabulary is sorted in Unicode scalar order of the token strings, so the
/// numbers do not depend on where a word first appears and a class can find a
/// token's number as in a dictionary. The end token is not a token of the text.
public struct TokenizedText: Hashable, Sendable {
    /// The text's tokens, in order.
    public let tokens: [String]
    /// Each distinct token once, in Unicode scalar order: a token's number is its index.
    public let vocabulary: [String]
    /// Each token's number in `vocabulary`.
    public let indices: [Int]

    /// - Parameter tokens: the text's tokens, the end token left out.
    public init(tokens: [String]) {
        self.tokens = tokens
        vocabulary = Set(tokens).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        let number = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        indices = tokens.map { number[$0]! }
    }

    /// The first document of `text`, cut as the colour lesson's documents file is read
    /// (front matter, `#` comments and `overrides` included), and that reading's
    /// vocabulary, for the tokens' colours: a text given to the built-in lesson is read
    /// as the lesson is, so "The cat sat on the mat." keeps the slide's "mat." token.
    /// - Parameter name: how errors name the text.
    /// - Throws: `InputError` for text with no document, or that a documents file may not hold.
    public static func firstDocument(of text: String, named name: String,
                                     overrides: ReadingOverrides) throws -> (text: TokenizedText, vocabulary: Vocabulary) {
        let corpus = try DocumentsReader.readAsColourLesson(InputText(name: name, text: text), overrides: overrides)
        return (TokenizedText(tokens: corpus.documents[0]), corpus.vocabulary)
    }
}
