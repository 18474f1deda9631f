import Testing
@testable import UnpluggedModel

@Suite("Greyscale symbols")
struct WordSymbolsTests {
    @Test("the lesson's words: first letters, two letters when taken, a square for the end")
    func lessonWords() {
        let vocabulary = BuiltInLesson.vocabulary
        #expect(vocabulary.words.map(vocabulary.symbol(of:)) == ["P", "B", "G", "Pi", "■"])
    }

    @Test("every word gets its own symbol, earlier words first; a later letter of the word before a number")
    func unique() {
        // "T" reads as the word "t", so only "t" takes it; "The" takes its "e", "then" its "n".
        let vocabulary = Vocabulary(words: ["the", "The", "then", "tea", "t"], endToken: "<end>")
        #expect(vocabulary.words.map(vocabulary.symbol(of:)) == ["Th", "Te", "Tn", "Ta", "T", "■"])
        #expect(WordSymbols.assign(to: ["sister", "saw", "sang", "sat"]) == ["S", "Sa", "Sn", "St"])
    }

    @Test("numbers are the smallest free one, also when a two-letter symbol took a number first")
    func numbers() {
        // "p2" takes P2 as its two-letter symbol, so the numbered ones go on from P3.
        let words = ["p", "pa", "p2", "pb", "pa2", "pc", "pd"]
        #expect(WordSymbols.assign(to: words) == ["P", "Pa", "P2", "Pb", "P3", "Pc", "Pd"])
        let many = (0..<20_000).map { "w\($0)" }
        let symbols = WordSymbols.assign(to: many)
        #expect(Set(symbols).count == many.count)
        #expect(symbols.last == "W19999")
    }

    @Test("no symbol reads as another word of the lesson, in any case; a word may take its own")
    func notAnotherWord() {
        // "inside" would take In, which reads as the word "in" written beside it; Is it may.
        #expect(WordSymbols.assign(to: ["island", "inside", "in"]) == ["I", "Is", "In"])
        #expect(WordSymbols.assign(to: ["a", "apple"]) == ["A", "Ap"])
        // "A" is a word of its own when case is kept: "a" does not take it.
        #expect(WordSymbols.assign(to: ["a", "A"]) == ["A2", "A3"])
    }
}
