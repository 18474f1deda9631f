import Testing
@testable import UnpluggedModel

/// One bad input and the error it must give.
struct BadInput: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    var overrides = ReadingOverrides()
    let line: Int
    let column: Int
    /// Words the problem must mention.
    let problem: String

    var testDescription: String { name }
}

/// Every problem a reader reports, each with the line and column it must point at.
@Suite("Reader errors: FILE:LINE:COL: what is wrong; how to fix it")
struct ReaderErrorTests {
    static let documentErrors: [BadInput] = [
        BadInput(name: "front matter never closed", text: "---\nend: stop\ngreen\n", line: 1, column: 1, problem: "never closed"),
        BadInput(name: "only an opening line", text: "  ---", line: 1, column: 1, problem: "never closed"),
        BadInput(name: "unknown key", text: "---\nvocabluary: [a]\n---\na\n", line: 2, column: 1, problem: "`vocabluary` is not a front matter key"),
        BadInput(name: "key given twice, three times", text: "---\nend: a\ntitle: t\nend: b\nend: c\n---\n", line: 4, column: 1, problem: "`end` is given twice (first on line 2)"),
        BadInput(name: "colour given twice", text: "---\ncolors: {a: red, b: blue, a: pink}\n---\na b\n", line: 2, column: 27, problem: "`a` is given twice"),
        BadInput(name: "key given twice", text: "---\nend: a\nend: b\n---\n", line: 3, column: 1, problem: "`end` is given twice"),
        BadInput(name: "tokens value", text: "---\ntokens: word\n---\n", line: 2, column: 9, problem: "`tokens` is `word`"),
        BadInput(name: "documents value", text: "---\ndocuments: pages\n---\n", line: 2, column: 12, problem: "`documents` is `pages`"),
        BadInput(name: "lowercase value", text: "---\nlowercase: maybe\n---\n", line: 2, column: 12, problem: "`lowercase` is `maybe`"),
        BadInput(name: "end with a space", text: "---\nend: \"two words\"\n---\n", line: 2, column: 6, problem: "`end` is `two words`"),
        BadInput(name: "empty end", text: "---\nend: \"\"\n---\n", line: 2, column: 6, problem: "`end` is empty"),
        BadInput(name: "end as a list", text: "---\nend: [a, b]\n---\n", line: 2, column: 6, problem: "`end` has no text value"),
        BadInput(name: "vocabulary as a map", text: "---\nvocabulary: {a: b}\n---\n", line: 2, column: 13, problem: "`vocabulary` is not a list of words"),
        BadInput(name: "vocabulary item that is a list", text: "---\nvocabulary:\n  - [a]\n---\n", line: 3, column: 5, problem: "item that is not a word"),
        BadInput(name: "vocabulary word with a space", text: "---\nvocabulary: [\"two words\"]\n---\n", line: 2, column: 14, problem: "`two words`, which is not one word"),
        BadInput(name: "vocabulary with a word twice", text: "---\nvocabulary: [a, b, a]\n---\n", line: 2, column: 20, problem: "lists `a` twice"),
        BadInput(name: "colors as a list", text: "---\ncolors: [a]\n---\n", line: 2, column: 9, problem: "`colors` is not a map"),
        BadInput(name: "colour with an unquoted #", text: "---\ncolors:\n  blue: #4a86e8\n---\nblue\n", line: 3, column: 3, problem: "gives `blue` no colour"),
        BadInput(name: "colour that is not a colour", text: "---\ncolors: {cat: \"#12\"}\n---\ncat\n", line: 2, column: 15, problem: "`#12`, which is not a colour"),
        BadInput(name: "colour for a word no document uses", text: "---\ncolors:\n  cat: orange\n---\ndog\n", line: 3, column: 3, problem: "`cat`, which no document uses"),
        BadInput(name: "punctuation of two characters", text: "---\npunctuation: [\"ab\"]\n---\n", line: 2, column: 15, problem: "`ab`, which is not one visible character"),
        BadInput(name: "punctuation of white space", text: "---\npunctuation: [\" \"]\n---\n", line: 2, column: 15, problem: "not one visible character"),
        BadInput(name: "punctuation as a map", text: "---\npunctuation: {a: b}\n---\n", line: 2, column: 14, problem: "`punctuation` is not a list of characters"),
        BadInput(name: "punctuation item that is a list", text: "---\npunctuation:\n  - [a]\n---\n", line: 3, column: 5, problem: "item that is not a character"),
        BadInput(name: "title as a list", text: "---\ntitle: [a, b]\n---\n", line: 2, column: 8, problem: "`title` has no text value"),
        BadInput(name: "a line that is not key: value", text: "---\njust some words\n---\n", line: 2, column: 1, problem: "not `key: value`"),
        BadInput(name: "a value without a key", text: "---\n: value\n---\n", line: 2, column: 1, problem: "did not find expected key"),
        BadInput(name: "tab indentation", text: "---\ncolors:\n\tblue: red\n---\n", line: 3, column: 1, problem: "indented with a tab"),
        BadInput(name: "anchor", text: "---\ntitle: &t A title\n---\n", line: 2, column: 8, problem: "a YAML anchor, `&t`"),
        BadInput(name: "anchor and alias", text: "---\nauthor: Ada\nvocabulary: &words [a, b]\npunctuation: *words\n---\n", line: 3, column: 13, problem: "a YAML anchor, `&words`"),
        BadInput(name: "alias", text: "---\ntitle: *t\n---\n", line: 2, column: 8, problem: "a YAML alias, `*t`"),
        BadInput(name: "alias as a key", text: "---\n? *t\n: x\n---\n", line: 2, column: 3, problem: "a YAML alias, `*t`"),
        BadInput(name: "unclosed quote", text: "---\ntitle: \"A title\n---\n", line: 2, column: 8, problem: "never closed"),
        BadInput(name: "unknown escape", text: "---\ntitle: \"a \\q\"\n---\n", line: 2, column: 11, problem: "unknown escape character"),
        BadInput(name: "short \\u escape", text: "---\ntitle: \"\\u12\"\n---\n", line: 2, column: 11, problem: "did not find expected hexdecimal number"),
        BadInput(name: "text after a quoted value", text: "---\ntitle: \"A\" B\n---\n", line: 2, column: 12, problem: "did not find expected key"),
        BadInput(name: "error after a character of two scalars", text: "---\ntitle: \"e\u{301}\" B\n---\n", line: 2, column: 12, problem: "did not find expected key"),
        BadInput(name: "error after CRLF lines", text: "---\r\nend: stop\r\ntokens: word\r\n---\r\n", line: 3, column: 9, problem: "`tokens` is `word`"),
        BadInput(name: "error after a byte-order mark", text: "\u{FEFF}---\nvocabluary: [a]\n---\na\n", line: 2, column: 1, problem: "`vocabluary`"),
        BadInput(name: "error after a line YAML ends at a line separator", text: "---\ntitle: \"a\u{2028}b\"\ntokens: word\n---\n",
                 line: 3, column: 9, problem: "`tokens` is `word`"),
        BadInput(name: "control character", text: "---\ntitle: a\u{1}b\n---\n", line: 2, column: 9, problem: "a character YAML does not allow"),
        BadInput(name: "list not closed", text: "---\nvocabulary: [a, b\n---\n", line: 2, column: 13, problem: "a [list] that starts here is never closed"),
        BadInput(name: "empty item in a list", text: "---\nvocabulary: [a, , b]\n---\n", line: 2, column: 17, problem: "did not find expected node content"),
        BadInput(name: "list inside a list", text: "---\nvocabulary: [[a]]\n---\n", line: 2, column: 14, problem: "item that is not a word"),
        BadInput(name: "map not closed", text: "---\ncolors: {a: red\n---\n", line: 2, column: 9, problem: "a {map} that starts here is never closed"),
        BadInput(name: "map entry without colon", text: "---\ncolors: {a}\n---\n", line: 2, column: 10, problem: "gives `a` no colour"),
        BadInput(name: "empty block list item", text: "---\nvocabulary:\n  - a\n  -\n---\n", line: 4, column: 4, problem: "`vocabulary` has an empty item"),
        BadInput(name: "indented line of no key", text: "---\nend: a\n  extra: b\n---\n", line: 3, column: 8, problem: "mapping values are not allowed"),
        BadInput(name: "quoted key without colon", text: "---\n\"end\" a\n---\n", line: 2, column: 7, problem: "did not find expected <document start>"),
        BadInput(name: "key that is a list", text: "---\n[a, b]: c\n---\n", line: 2, column: 1, problem: "this key is not a word"),
        BadInput(name: "front matter not UTF-8", text: "---\ntitle: caf\u{FFFD}\n---\n", line: 2, column: 11, problem: "not UTF-8"),
        BadInput(name: "word not in the declared vocabulary", text: "---\nvocabulary: [green, blue]\n---\ngreen blue\nblue gren\n",
                 line: 5, column: 6, problem: "`gren` is not in the front matter's vocabulary"),
        BadInput(name: "end token followed by more words", text: "green blue\npink white purple\n",
                 line: 2, column: 6, problem: "the end token `white` is followed by more words"),
        BadInput(name: "end token as a word of prose", text: "The white whale.\n", overrides: ReadingOverrides(tokens: .words, end: "white"),
                 line: 1, column: 5, problem: "`white` is the end token"),
        BadInput(name: "text that is not UTF-8", text: "green blue\npink caf\u{FFFD}\n", line: 2, column: 9, problem: "not UTF-8"),
        BadInput(name: "prose that is not UTF-8", text: "It was.\nA caf\u{FFFD}.\n", overrides: ReadingOverrides(tokens: .words),
                 line: 2, column: 6, problem: "not UTF-8"),
        BadInput(name: "characters that are not UTF-8", text: "ab\ncd\u{FFFD}\n", overrides: ReadingOverrides(tokens: .characters),
                 line: 2, column: 3, problem: "not UTF-8"),
    ]

    @Test("documents files", arguments: documentErrors)
    func documentsFile(_ bad: BadInput) throws {
        var bytes = Array(bad.text.utf8)
        // U+FFFD in a case's text stands for a byte that is not UTF-8.
        while let index = bytes.firstRange(of: [0xEF, 0xBF, 0xBD]) { bytes.replaceSubrange(index, with: [0xFF]) }
        let text = InputText(name: "bad.txt", bytes: bytes)
        for read in [{ _ = try DocumentsReader.count(text, overrides: bad.overrides) },
                     { _ = try DocumentsReader.read(text, overrides: bad.overrides) }] {
            guard let error = inputError(read) else { continue }
            #expect(error.file == "bad.txt")
            #expect(error.line == bad.line, "\(error)")
            #expect(error.column == bad.column, "\(error)")
            #expect(error.problem.contains(bad.problem), "\(error)")
            #expect(error.description == "bad.txt:\(bad.line):\(bad.column): \(error.problem); \(error.fix)")
            #expect(!error.fix.isEmpty)
        }
    }

    @Test("an unknown front matter key suggests the nearest key, or lists them all")
    func unknownKeySuggestion() {
        let misspelt = inputError { _ = try DocumentsReader.read(input("---\ncolours: {a: red}\n---\na\n")) }
        #expect(misspelt?.fix == "did you mean `colors`?")
        let unknown = inputError { _ = try DocumentsReader.read(input("---\nbogus: 1\n---\na\n")) }
        #expect(unknown?.fix == "use one of \(FrontMatter.keys.joined(separator: ", ")), or fix its spelling")
    }

    @Test("the first problem in the file is reported, however many pieces are read at once")
    func firstProblemAcrossPieces() throws {
        let good = String(repeating: "green blue pink\n", count: 2000)
        let text = input(good + "green white blue\n" + good + "pink white green\n" + good)
        for parts in 1...4 {
            let error = inputError { _ = try DocumentsReader.count(text, pieces: parts) }
            #expect(error?.line == 2001, "parts: \(parts)")
            #expect(error?.column == 7, "parts: \(parts)")
        }
    }

    @Test("a file that does not exist, and a folder")
    func unreadableFiles() throws {
        let missing = inputError { _ = try InputText(contentsOf: "/nonexistent/lesson.txt") }
        #expect(missing?.description.hasPrefix("/nonexistent/lesson.txt: cannot be opened") == true)
        let folder = inputError { _ = try InputText(contentsOf: "/tmp") }
        #expect(folder?.description == "/tmp: is a folder, not a file; name a documents file or a .csv count table")
    }

    static let tableErrors: [BadInput] = [
        BadInput(name: "empty table", text: "", line: 1, column: 1, problem: "the table is empty"),
        BadInput(name: "no empty cell first", text: "purple,blue\npurple,1,2\n", line: 1, column: 1, problem: "does not start with an empty cell"),
        BadInput(name: "no words in the header", text: ",,\n", line: 1, column: 1, problem: "names no words"),
        BadInput(name: "empty header column", text: ",a,,b\n", line: 1, column: 4, problem: "header column 3 is empty"),
        BadInput(name: "word twice in the header", text: ",a,b,a\n", line: 1, column: 6, problem: "`a` is in the header twice"),
        BadInput(name: "row with too many cells", text: ",a,b\na,1,2,3\n", line: 2, column: 7, problem: "this row has 4 cells but the header has 3"),
        BadInput(name: "row with too few cells", text: ",a,b\na,1,2\nb,1\n", line: 3, column: 4, problem: "this row has 2 cells but the header has 3"),
        BadInput(name: "empty context word", text: ",a,b\n,1,2\n", line: 2, column: 1, problem: "context word 1 is empty"),
        BadInput(name: "context word not in the header", text: ",a,b\nc,1,2\n", line: 2, column: 1, problem: "`c` is not a word of the header"),
        BadInput(name: "count that is not whole", text: ",a,b\na,1.5,2\n", line: 2, column: 3, problem: "`1.5` is not a whole number"),
        BadInput(name: "negative count", text: ",a,b\na,1,-2\n", line: 2, column: 5, problem: "the count -2 is negative"),
        BadInput(name: "empty count", text: ",a,b\na,1,\n", line: 2, column: 5, problem: "this count is empty"),
        BadInput(name: "count too large", text: ",a,b\na,1,99999999999999999999\n", line: 2, column: 5, problem: "too large"),
        BadInput(name: "row adding up past a word", text: ",a,b\na,9223372036854775807,1\n", line: 2, column: 23, problem: "add up to more"),
        BadInput(name: "context with two rows", text: ",a,b\na,1,2\nb,0,1\na,3,4\n", line: 4, column: 1, problem: "the context `a` has a row already"),
        BadInput(name: "quoted cell never closed", text: ",a,b\n\"a,1,2\n", line: 2, column: 1, problem: "never closed"),
        BadInput(name: "text after a closing quote", text: ",\"a\"x,b\n", line: 1, column: 5, problem: "more text after its closing quote"),
        BadInput(name: "header word not UTF-8", text: ",a,caf\u{FFFD}\n", line: 1, column: 4, problem: "not UTF-8"),
        BadInput(name: "end token not in the header", text: ",a,b\na,1,2\n", overrides: ReadingOverrides(end: "white"),
                 line: 1, column: 1, problem: "the end token `white` is not a word of the header"),
    ]

    @Test("count tables", arguments: tableErrors)
    func countTable(_ bad: BadInput) throws {
        var bytes = Array(bad.text.utf8)
        while let index = bytes.firstRange(of: [0xEF, 0xBF, 0xBD]) { bytes.replaceSubrange(index, with: [0xFF]) }
        let error = inputError { _ = try CountTableReader.read(InputText(name: "bad.csv", bytes: bytes), endToken: bad.overrides.end) }
        #expect(error?.line == bad.line, "\(String(describing: error))")
        #expect(error?.column == bad.column, "\(String(describing: error))")
        #expect(error?.problem.contains(bad.problem) == true, "\(String(describing: error))")
        #expect(error?.description.hasPrefix("bad.csv:\(bad.line):\(bad.column): ") == true)
    }

    @Test("a count table's context length is its own, and it cannot be padded")
    func tableLessonMismatch() throws {
        let path = try temporaryFile(ReferenceTables.initCSV, name: "init.csv")
        let context = inputError { _ = try Lesson.load(path, reading: InputReading(contextLength: 2)) }
        #expect(context?.description == "\(path): its count table has contexts of 1 word, not 2 words; leave out the context length, or count a documents file with it")
        let padding = inputError { _ = try Lesson.load(nil, reading: InputReading(startPadding: true)) }
        #expect(padding?.file == BuiltInLesson.name)
    }
}
