import Testing
@testable import UnpluggedModel

@Suite("Greyscale symbols")
struct WordSymbolsTests {
    @Test("the lesson's words: first letters, two letters when taken, a square for the end")
    func lessonWords() {
        let vocabulary = BuiltInLesson.vocabulary
        #expect(vocabulary.words.map(vocabulary.symbol(of:)) == ["P", "B", "G", "Pi", "■"])
    }

    @Test("every word gets its own symbol, earlier words first")
    func unique() {
        let vocabulary = Vocabulary(words: ["the", "The", "then", "tea", "t"], endToken: "<end>")
        #expect(vocabulary.words.map(vocabulary.symbol(of:)) == ["T", "Th", "T2", "Te", "T3", "■"])
    }
}
