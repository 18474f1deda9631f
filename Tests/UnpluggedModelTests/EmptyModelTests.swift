import Testing
@testable import UnpluggedModel

/// A model with nothing counted is an error that says why and points at the longest
/// document, never a model that draws as an empty figure.
@Suite("Models with nothing counted")
struct EmptyModelTests {
    @Test("a context longer than every document: the file, its longest document's line and length, a shorter context or padding")
    func contextLongerThanEveryDocument() throws {
        let text = input("# names\nann\nbo\n\nbea lee\ncy\n", name: "names.txt")
        // A blank line between lists of names: said to be lines, not paragraphs.
        let lines = ReadingOverrides(documents: .lines)
        let error = inputError { _ = try DocumentsReader.count(text, overrides: lines, contextLength: 3) }
        #expect(error?.description == "names.txt:5:1: nothing is counted: no document is as long as a context of 3 words, "
            + "and the longest, here, has 2 words; count with a context of at most 2 words, "
            + "or pad the start of each document with end tokens, so its first words are counted too")
        #expect(error?.fix.contains("--") == false)
        // At most the longest document's length, or padded, it counts.
        #expect(try DocumentsReader.count(text, overrides: lines, contextLength: 2).binCount == 1)
        #expect(try DocumentsReader.count(text, overrides: lines, contextLength: 3, startPadding: true).binCount > 0)
    }

    @Test("a one-word document with a context of 3, through Lesson.load")
    func oneWord() throws {
        let path = try temporaryFile("purple\n", name: "one.txt")
        let error = inputError { _ = try Lesson.load(path, reading: InputReading(contextLength: 3)) }
        #expect(error?.file == path && error?.line == 1 && error?.column == 1)
        #expect(error?.problem.hasSuffix("has 1 word") == true)
        #expect(error?.fix.hasPrefix("count with a context of at most 1 word, or pad") == true)
    }

    @Test("the longest document is the first of equals; a written end token is not one of its words; prose by paragraph")
    func longestDocument() throws {
        let error = inputError { _ = try DocumentsReader.count(input("green blue white\npink green\npurple\n"), contextLength: 4) }
        #expect(error?.line == 1 && error?.problem.hasSuffix("has 2 words") == true)
        let prose = input("---\ntitle: A poem\n---\nOne line,\nand two.\n\nThree.\n", name: "poem.txt")
        let paragraph = inputError { _ = try DocumentsReader.count(prose, contextLength: 5) }
        #expect(paragraph?.line == 4 && paragraph?.problem.hasSuffix("has 4 words") == true)
    }

    @Test("only written end tokens: no shorter context helps, padding does")
    func onlyEndTokens() throws {
        let error = inputError { _ = try DocumentsReader.count(input("white\n"), contextLength: 1) }
        #expect(error?.problem.hasSuffix("has 0 words") == true)
        #expect(error?.fix.hasPrefix("pad the start") == true)
    }

    @Test("a count table whose counts are all 0")
    func zeroTable() throws {
        let error = inputError { _ = try CountTableReader.read(input(",a,b,white\na,0,0,0\nb,0,0,0\n", name: "t.csv")) }
        #expect(error?.description.hasPrefix("t.csv:1:1: every count of the table is 0") == true)
    }
}
