import Testing
@testable import UnpluggedModel

/// Inputs that are not teaching data at all, found while fuzzing and with the bad-input
/// suite: each is refused with its place, by both ways of reading documents.
@Suite("Hostile inputs")
struct HostileInputTests {
    /// Whether counting and reading both refuse `bytes` at `line`:`column` with a problem
    /// that mentions `problem`.
    private func expectRefused(_ bytes: [UInt8], overrides: ReadingOverrides = ReadingOverrides(),
                               line: Int, column: Int, problem: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let errors = [
            inputError({ _ = try DocumentsReader.count(input(bytes: bytes), overrides: overrides, pieces: 3) }, sourceLocation: sourceLocation),
            inputError({ _ = try DocumentsReader.read(input(bytes: bytes), overrides: overrides) }, sourceLocation: sourceLocation),
        ]
        for error in errors {
            #expect(error?.line == line && error?.column == column, "\(String(describing: error))", sourceLocation: sourceLocation)
            #expect(error?.problem.contains(problem) == true, "\(String(describing: error))", sourceLocation: sourceLocation)
        }
    }

    @Test("a file with no documents: empty, only comments, only blank lines, only front matter")
    func noDocuments() {
        let none = "there are no documents here"
        expectRefused([], line: 1, column: 1, problem: none)
        expectRefused(Array("# a comment\n\n   # another\n".utf8), line: 1, column: 1, problem: none)
        expectRefused(Array("\n \n\t\n".utf8), line: 1, column: 1, problem: none)
        expectRefused(Array("---\nend: stop\n---\n".utf8), line: 4, column: 1, problem: none)
        expectRefused(Array("\n\n# only a comment\n\n".utf8), overrides: ReadingOverrides(documents: .paragraphs),
                      line: 1, column: 1, problem: none)
    }

    @Test("a document that is only the end token is a document")
    func onlyEndToken() throws {
        let corpus = try DocumentsReader.read(input("white\n"))
        #expect(corpus.documents == [[]])
    }

    @Test("a NUL byte (UTF-16 text, a binary file) is refused where it is, in words and in characters",
          arguments: [nil, Tokenization.characters, .whitespace])
    func nulByte(tokens: Tokenization?) {
        expectRefused(Array("ab\ncd\u{0}e\n".utf8), overrides: ReadingOverrides(tokens: tokens),
                      line: 2, column: 3, problem: "NUL byte")
    }

    @Test("English saved as UTF-16 is refused at its first NUL byte")
    func utf16() {
        let utf16 = Array("blue green\n".utf16).flatMap { [UInt8($0 & 0xff), UInt8($0 >> 8)] }
        expectRefused([0xff, 0xfe] + utf16, line: 1, column: 1, problem: "not UTF-8")
        expectRefused(utf16, line: 1, column: 2, problem: "NUL byte")
    }

    @Test("front matter nested deeper than YAML reads is refused where it goes too deep; just within, it is read",
          .timeLimit(.minutes(1)))
    func deepFrontMatter() {
        let lists = { (depth: Int) in
            "---\nvocabulary: " + String(repeating: "[", count: depth) + "a" + String(repeating: "]", count: depth) + "\n---\na\n"
        }
        expectRefused(Array(lists(999).utf8), line: 2, column: 14, problem: "`vocabulary` has an item that is not a word")
        expectRefused(Array(lists(100_000).utf8), line: 2, column: 14, problem: "nested too deep for YAML")
        let maps = "---\n" + (0..<1200).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + "\n---\na\n"
        expectRefused(Array(maps.utf8), line: 1001, column: 1000, problem: "nested too deep for YAML")
    }

    @Test("front matter of more than a MiB is refused at its first line, unread; less is read whole", .timeLimit(.minutes(1)))
    func hugeFrontMatter() throws {
        let comments = String(repeating: "# a comment of a line\n", count: 50_000)
        expectRefused(Array(("---\n" + comments + "---\na\n").utf8), line: 1, column: 1, problem: "no closing line in its first MiB")
        expectRefused(Array(("---\n" + comments).utf8), line: 1, column: 1, problem: "no closing line in its first MiB")
        let words = (0..<50_000).map { "w\($0)" }
        let frontMatter = try FrontMatter.read(from: input("---\nvocabulary: [\(words.joined(separator: ", "))]\n---\nw1 w2\n"))
        #expect(frontMatter.vocabulary == words)
    }

    @Test("aliases of aliases (a billion laughs), used as a key, are refused at the first anchor, quickly",
          .timeLimit(.minutes(1)))
    func billionLaughs() {
        var laughs = "---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<12 {
            laughs += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        laughs += "? *a11\n: x\nb: y\n---\nx\n"
        expectRefused(Array(laughs.utf8), line: 2, column: 5, problem: "a YAML anchor, `&a0`")
    }

    @Test("a NUL byte in a count table's words is refused at its cell")
    func nulInTable() {
        let error = inputError { _ = try CountTableReader.read(input(bytes: Array(",a,b".utf8) + [0] + Array(",white\na,1,2,3\n".utf8), name: "t.csv")) }
        #expect(error?.line == 1 && error?.column == 4)
        #expect(error?.problem.contains("NUL byte") == true)
    }

    @Test("a count table header cell longer than a word may be is refused where it starts")
    func longHeaderWord() {
        let long = String(repeating: "x", count: Vocabulary.longestWord + 1)
        let error = inputError { _ = try CountTableReader.read(input(",a,\(long),white\na,1,2,3\n", name: "t.csv")) }
        #expect(error?.line == 1 && error?.column == 4)
        #expect(error?.problem.contains("\(Vocabulary.longestWord + 1) bytes long") == true)
    }
}
