import Foundation
import Testing
@testable import UnpluggedModel

/// The orders readers expect: characters alphabetically, words by first appearance,
/// a declared vocabulary as declared; the end token always last.
@Suite("Word order")
struct WordOrderTests {
    static let names = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/corpora/names.txt").path

    @Test("a names list read by character: its letters a to z, then the end token")
    func characters() throws {
        let text = try InputText(contentsOf: WordOrderTests.names)
        let read = try DocumentsReader.read(text).vocabulary
        let counted = try DocumentsReader.count(text).vocabulary
        for vocabulary in [read, counted] {
            let letters = Array(vocabulary.words.dropLast())
            #expect(letters.first == "a")
            #expect(letters == letters.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
            #expect(letters.allSatisfy { $0.count == 1 && $0 >= "a" && $0 <= "z" })
            #expect(vocabulary.words.last == vocabulary.endToken)
        }
        #expect(read == counted)
    }

    @Test("a space between the characters goes first, before the letters")
    func space() throws {
        let vocabulary = try DocumentsReader.read(input("ba c\n"), overrides: ReadingOverrides(tokens: .characters)).vocabulary
        #expect(vocabulary.words == [" ", "a", "b", "c", vocabulary.endToken])
    }

    @Test("words keep the order in which they first appear")
    func words() throws {
        let vocabulary = try DocumentsReader.read(input("the cat sat on the mat\n")).vocabulary
        #expect(vocabulary.words == ["the", "cat", "sat", "on", "mat", "<end>"])
    }

    @Test("a declared vocabulary wins over first appearance")
    func declared() throws {
        let text = "---\nvocabulary: [mat, on, sat, cat, the]\n---\nthe cat sat on the mat\n"
        #expect(try DocumentsReader.read(input(text)).vocabulary.words == ["mat", "on", "sat", "cat", "the", "<end>"])
        #expect(try DocumentsReader.count(input(text)).vocabulary.words == ["mat", "on", "sat", "cat", "the", "<end>"])
    }

    @Test("a declared vocabulary of characters wins too")
    func declaredCharacters() throws {
        let text = "---\nvocabulary: [c, b, a]\ntokens: characters\n---\nabc\n"
        #expect(try DocumentsReader.read(input(text)).vocabulary.words == ["c", "b", "a", "<end>"])
        #expect(try DocumentsReader.count(input(text)).vocabulary.words == ["c", "b", "a", "<end>"])
    }

    @Test("a count table keeps its header's order, one-character words too")
    func countTable() throws {
        let model = try CountTableReader.read(input(",b,a,white\na,0,0,0\nb,1,2,3\n", name: "t.csv"))
        #expect(model.vocabulary.words == ["b", "a", "white"])
    }
}
