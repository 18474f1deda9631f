import Testing
@testable import UnpluggedModel

@Suite("Reading documents files")
struct DocumentsReaderTests {
    @Test("one document per line, comments and blank lines skipped, the end token added")
    func linesAndComments() throws {
        let corpus = try DocumentsReader.read(input("# the lesson\ngreen blue\n\n   \n  # indented comment\npink purple pink\n"))
        #expect(corpus.documents == [["green", "blue"], ["pink", "purple", "pink"]])
        #expect(corpus.vocabulary.words == ["green", "blue", "pink", "purple", "white"])
    }

    @Test("the end token may be written; it is not counted twice")
    func writtenEndToken() throws {
        let written = try DocumentsReader.count(input("green blue white\npink white\n"))
        let implicit = try DocumentsReader.count(input("green blue\npink\n"))
        #expect(countsByWords(written) == countsByWords(implicit))
        #expect(written.count(of: "white", after: Context(["blue"])) == 1)
    }

    @Test("CRLF line ends, a byte-order mark and no final newline")
    func lineEndsAndByteOrderMark() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("green blue\r\npink green\r\n\r\npurple".utf8)
        let corpus = try DocumentsReader.read(input(bytes: bytes))
        #expect(corpus.documents == [["green", "blue"], ["pink", "green"], ["purple"]])
    }

    @Test("front matter sets the end token, the vocabulary order and colours")
    func frontMatter() throws {
        let text = """
            ---
            # a comment
            end: stop
            vocabulary: [pink, green, blue]
            colors:
              pink: "#123456"
              green: orange
            title: "Colours: a lesson"
            author: Ada
            url: https://example.org/lesson
            license: CC0
            ---
            green blue stop
            blue pink
            """
        let corpus = try DocumentsReader.read(input(text))
        #expect(corpus.vocabulary.words == ["pink", "green", "blue", "stop"])
        #expect(corpus.vocabulary.endToken == "stop")
        #expect(corpus.vocabulary.color(of: "pink").hex == "#123456")
        #expect(corpus.vocabulary.color(of: "green") == LessonPalette.named["orange"])
        #expect(corpus.metadata == Metadata(title: "Colours: a lesson", author: "Ada", url: "https://example.org/lesson", license: "CC0"))
        #expect(corpus.documents == [["green", "blue"], ["blue", "pink"]])
    }

    @Test("block lists and flow maps in the front matter")
    func frontMatterLayouts() throws {
        let text = """
            ---
            vocabulary:
              - blue
              - 'green'
              - "."
              - "!"
            colors: {blue: "#000000", green: white}
            punctuation:
            - "."
            - "!"
            ---
            green blue. blue!
            """
        let corpus = try DocumentsReader.read(input(text))
        // "." and "!" are not colour words: not the colour lesson, so the end is unnamed.
        #expect(corpus.vocabulary.words == ["blue", "green", ".", "!", "<end>"])
        #expect(corpus.vocabulary.color(of: "green") == LessonPalette.end)
        #expect(corpus.documents == [["green", "blue", ".", "blue", "!"]])
    }

    @Test("any YAML layout of the settings: lists and maps over lines, quotes, folded text, comments, indentation")
    func frontMatterYAML() throws {
        let text = """
            ---
              vocabulary: [pink,
                green, "blue", '!', "\\u00bf"]   # the order of the table
              colors:
                pink: '#ff00ff'
                "green": {}
              end: 'it''s'
              title: >-
                A lesson
                in colours
              author: "Ad\\u0061 \\"A\\" L."
              lowercase: Yes
              punctuation: ['!', "\\u00bf"]
              tokens: whitespace
            ---
            green blue it's
            ¿pink!
            """
        let error = inputError { _ = try DocumentsReader.read(input(text)) }
        #expect(error?.description == "lesson.txt:6:14: `colors` gives `green` no colour; quote the colour, as in `green: \"#4a86e8\"` (an unquoted # starts a YAML comment)")
        let corpus = try DocumentsReader.read(input(text.replacing("{}", with: "orange")))
        #expect(corpus.vocabulary.words == ["pink", "green", "blue", "!", "¿", "it's"])
        #expect(corpus.vocabulary.color(of: "pink").hex == "#ff00ff")
        #expect(corpus.vocabulary.color(of: "green") == LessonPalette.named["orange"])
        #expect(corpus.metadata.title == "A lesson in colours")
        #expect(corpus.metadata.author == "Ada \"A\" L.")
        #expect(corpus.documents == [["green", "blue"], ["¿", "pink", "!"]])
    }

    @Test("a vocabulary on one line of words; an empty front matter; one closed by ... and CRLF")
    func frontMatterScalars() throws {
        let corpus = try DocumentsReader.read(input("---\nvocabulary: pink  green\n---\ngreen pink\n"))
        #expect(corpus.vocabulary.words == ["pink", "green", "white"])
        let twice = inputError { _ = try DocumentsReader.read(input("---\nvocabulary: pink  green pink\n---\ngreen\n")) }
        #expect(twice?.line == 2 && twice?.column == 25)
        let empty = try DocumentsReader.read(input("---\n# nothing set yet\n---\ngreen\n"))
        #expect(empty.documents == [["green"]])
        let dotted = try DocumentsReader.read(input("---\r\nend: stop\r\ntokens: whitespace\r\n... \r\ngreen stop"))
        #expect(dotted.documents == [["green"]] && dotted.vocabulary.endToken == "stop")
    }

    @Test("a corpus from another toolkit (title, author, url) loads as it is, as prose")
    func otherToolkitCorpus() throws {
        let text = """
            ---
            title: Frankenstein; or, the Modern Prometheus
            author: Mary Wollstonecraft (Godwin) Shelley
            url: https://www.gutenberg.org/ebooks/84
            ---

            Letter 1

            You will rejoice to hear that no disaster has accompanied the
            commencement of an enterprise. I arrived here yesterday.
            """
        let corpus = try DocumentsReader.read(input(text))
        #expect(corpus.metadata.author == "Mary Wollstonecraft (Godwin) Shelley")
        #expect(corpus.documents.count == 2)
        #expect(corpus.documents[0] == ["letter", "1"])
        #expect(corpus.documents[1].prefix(4) == ["you", "will", "rejoice", "to"])
        #expect(corpus.documents[1].last == "yesterday")
        #expect(corpus.vocabulary.endToken == "<end>")
    }

    @Test("prose words follow Unicode: letters, digits, marks, an apostrophe inside a word")
    func proseWords() throws {
        let text = "Café naïve 日本 don't ’tis dogs' well-known—yes “quoted” 11th cafe\u{301} l’homme"
        let corpus = try DocumentsReader.read(input(text), overrides: ReadingOverrides(tokens: .words, lowercase: false))
        #expect(corpus.documents == [["Café", "naïve", "日本", "don't", "tis", "dogs", "well", "known", "yes",
                                      "quoted", "11th", "cafe\u{301}", "l’homme"]])
    }

    @Test("the same word written with composed or decomposed accents is one word")
    func canonicalEquivalence() throws {
        let model = try DocumentsReader.count(input("caf\u{E9} x\ncafe\u{301} y\n"), overrides: ReadingOverrides(tokens: .words))
        #expect(model.vocabulary.words.count == 4)
        #expect(model.bin(for: Context(["café"])).total == 2)
    }

    @Test("lowercase folds ASCII and other scripts")
    func lowercase() throws {
        let corpus = try DocumentsReader.read(input("Green BLUE École\n"), overrides: ReadingOverrides(tokens: .words, lowercase: true))
        #expect(corpus.documents == [["green", "blue", "école"]])
    }

    @Test("punctuation characters are words of their own")
    func punctuation() throws {
        let text = "---\npunctuation: \".,!—\"\ntokens: words\n---\nHello, world. Yes—no!\n"
        let corpus = try DocumentsReader.read(input(text))
        #expect(corpus.documents == [["hello", ",", "world", ".", "yes", "—", "no", "!"]])
    }

    @Test("characters mode: every grapheme is a word, white space one space")
    func characters() throws {
        let corpus = try DocumentsReader.read(input("emma\nzoë  ann\ne\u{301}👍🏽\n"), overrides: ReadingOverrides(tokens: .characters))
        #expect(corpus.documents == [["e", "m", "m", "a"], ["z", "o", "ë", " ", "a", "n", "n"], ["e\u{301}", "👍🏽"]])
    }

    @Test("paragraphs: blank lines (even with spaces) separate documents; comments do not")
    func paragraphs() throws {
        let text = "green blue\npink\n \t \npurple\n# note\ngreen\n\n\n\nblue\n"
        let corpus = try DocumentsReader.read(input(text), overrides: ReadingOverrides(documents: .paragraphs))
        #expect(corpus.documents == [["green", "blue", "pink"], ["purple", "green"], ["blue"]])
    }

    @Test("file: the whole file is one document")
    func wholeFile() throws {
        let corpus = try DocumentsReader.read(input("green blue\n\npink\n"), overrides: ReadingOverrides(documents: .file))
        #expect(corpus.documents == [["green", "blue", "pink"]])
    }

    @Test("command-line choices override the front matter")
    func overrides() throws {
        let text = "---\ntokens: characters\ndocuments: file\nlowercase: true\nend: stop\n---\nAb cd\nEf\n"
        let corpus = try DocumentsReader.read(input(text), overrides: ReadingOverrides(tokens: .whitespace, documents: .lines,
                                                                                       lowercase: false, end: "fin"))
        #expect(corpus.documents == [["Ab", "cd"], ["Ef"]])
        #expect(corpus.vocabulary.endToken == "fin")
    }

    @Test("a file on disk reads like text in memory")
    func fileOnDisk() throws {
        let path = try temporaryFile("green blue\npink\n")
        let fromFile = try DocumentsReader.count(InputText(contentsOf: path))
        let fromMemory = try DocumentsReader.count(input("green blue\npink\n"))
        #expect(fromFile == fromMemory)
    }

    @Test("a word longer than a read piece (1 MiB) is read whole, and refused where it starts")
    func longWord() throws {
        let word = String(repeating: "ab", count: 600_000)
        let error = #expect(throws: InputError.self) { try DocumentsReader.read(input("z\nx \(word) y\n")) }
        #expect(error?.line == 2 && error?.column == 3)
        #expect(error?.problem == "this word is 1200000 bytes long, more than a word may have (200)")
    }

    @Test("a word of 200 bytes is a word; of 201, an error")
    func longestWord() throws {
        let longest = String(repeating: "é", count: 100)
        #expect(try DocumentsReader.read(input("x \(longest)\n")).documents == [["x", longest]])
        #expect(throws: InputError.self) { try DocumentsReader.count(input("x \(longest)a\n")) }
    }
}
