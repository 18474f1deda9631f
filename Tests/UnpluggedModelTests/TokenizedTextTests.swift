import Testing
import UnpluggedModel

@Suite("A text cut into tokens and numbered")
struct TokenizedTextTests {
    static let slide = "The cat sat on the mat."

    @Test("white-space tokens, lower-cased: the slide's tokens, sorted vocabulary and numbers")
    func slideSentence() throws {
        let (text, _) = try TokenizedText.firstDocument(of: Self.slide, named: "text",
                                                        overrides: ReadingOverrides(tokens: .whitespace, lowercase: true))
        #expect(text.tokens == ["the", "cat", "sat", "on", "the", "mat."])
        #expect(text.vocabulary == ["cat", "mat.", "on", "sat", "the"])
        #expect(text.indices == [4, 0, 3, 2, 4, 1])
    }

    @Test("character tokens: a space is a token and sorts first; capitals before small letters")
    func characters() throws {
        let (text, _) = try TokenizedText.firstDocument(of: "The cat.", named: "text",
                                                        overrides: ReadingOverrides(tokens: .characters, lowercase: false))
        #expect(text.tokens == ["T", "h", "e", " ", "c", "a", "t", "."])
        #expect(text.vocabulary == [" ", ".", "T", "a", "c", "e", "h", "t"])
        #expect(text.indices == [2, 6, 5, 0, 4, 3, 7, 1])
    }

    @Test("the end token is not a token of the text, even when written; only the first document is cut")
    func endTokenAbsent() throws {
        let (text, vocabulary) = try TokenizedText.firstDocument(of: "green blue white\npink\n", named: "text",
                                                                 overrides: ReadingOverrides())
        #expect(text.tokens == ["green", "blue"])
        #expect(!text.vocabulary.contains(vocabulary.endToken))
        let (characters, _) = try TokenizedText.firstDocument(of: "ab\n", named: "text",
                                                              overrides: ReadingOverrides(tokens: .characters))
        #expect(!characters.vocabulary.contains("<end>"))
    }
}
