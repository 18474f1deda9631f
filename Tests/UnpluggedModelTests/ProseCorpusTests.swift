import Foundation
import Testing
@testable import UnpluggedModel

/// Prose reads as prose: a corpus whose front matter is only another toolkit's
/// metadata is words by paragraph, and the end token's usual name is a word of it.
@Suite("Prose corpora")
struct ProseCorpusTests {
    static let prosePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/corpora/prose.txt").standardized.path

    @Test("prose.txt reads with no options as words by paragraph; \"white\" is a word, the end token <end>")
    func proseFixture() throws {
        let corpus = try DocumentsReader.read(InputText(contentsOf: Self.prosePath))
        #expect(corpus.vocabulary.endToken == "<end>")
        #expect(corpus.vocabulary.contains("white"))
        #expect(corpus.documents.count == 7)
        #expect(corpus.documents.first?.prefix(4) == ["you", "will", "rejoice", "to"])
        #expect(corpus.documents.first?.last == "undertaking")
        #expect(corpus.documents.last == ["the", "white", "sea", "was", "calm", "and", "the", "white", "ice", "lay", "far", "to", "the", "north"])
        let model = try DocumentsReader.count(InputText(contentsOf: Self.prosePath))
        #expect(countsByWords(model)["white → sea"] == 1)
        #expect(countsByWords(model)["north → <end>"] == 1)
    }

    @Test("a front matter that says how to read keeps the lesson's defaults: one document a line, white-space words")
    func readingKeysKeepDefaults() throws {
        let corpus = try DocumentsReader.read(input("---\ntitle: Colours\nend: white\n---\ngreen blue\npink white\n"))
        #expect(corpus.documents == [["green", "blue"], ["pink"]])
        #expect(corpus.vocabulary.endToken == "white")
        let bare = try DocumentsReader.read(input("---\n# nothing yet\n---\ngreen blue\npink\n"))
        #expect(bare.documents == [["green", "blue"], ["pink"]])
    }

    @Test("options still override a prose front matter")
    func overrides() throws {
        let corpus = try DocumentsReader.read(input("---\ntitle: Colours\n---\ngreen blue\npink\n"),
                                              overrides: ReadingOverrides(tokens: .whitespace, documents: .lines))
        #expect(corpus.documents == [["green", "blue"], ["pink"]])
        #expect(corpus.vocabulary.endToken == "white")
    }

    @Test("the end token's usual name inside plain text is a word; in the colour lesson it ends its document")
    func endTokenInPlainText() throws {
        let prose = try DocumentsReader.read(input("The sea was calm.\nThe white sea was calm.\n"))
        #expect(prose.documents == [["the", "sea", "was", "calm"], ["the", "white", "sea", "was", "calm"]])
        #expect(prose.vocabulary.endToken == "<end>")
        let error = inputError { _ = try DocumentsReader.read(input("green blue\npink white green\n")) }
        #expect(error?.description == "lesson.txt:2:6: the end token `white` is followed by more words of its document; "
            + "read it as prose (documents: paragraphs, tokens: words), or name another end token with `end:`")
        #expect(error?.fix.contains("--") == false)
    }
}
