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

    @Test("numbers are the smallest free one, also when a two-letter symbol took a number first")
    func numbers() {
        // "p2" takes P2 as its two-letter symbol, so the numbered ones go on from P3.
        let words = ["p", "pa", "p2", "pb", "pa2", "pc", "pd"]
        #expect(WordSymbols.assign(to: words + ["<end>"], endToken: "<end>") == ["P", "Pa", "P2", "Pb", "P3", "Pc", "Pd", "■"])
        let many = (0..<20_000).map { "w\($0)" }
        let symbols = WordSymbols.assign(to: many, endToken: "<end>")
        #expect(Set(symbols).count == many.count)
        #expect(symbols.last == "W19999")
    }
}
