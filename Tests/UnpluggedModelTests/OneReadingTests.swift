import Foundation
import Testing
@testable import UnpluggedModel

/// One reading of "word": outside the colour lesson punctuation is not glued to words and
/// case is folded unless the teacher keeps it; prompts and chosen contexts are read the
/// same way; the end token is white only in the colour lesson; lines or paragraphs come
/// from the text itself.
@Suite("One reading of word")
struct OneReadingTests {
    static let classPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/corpora/class.txt").standardized.path
    static let prosePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/corpora/prose.txt").standardized.path

    @Test("a class's sentences with capitals and full stops: one sentence a line, park one word, my one word, the end not white")
    func classSentences() throws {
        let corpus = try DocumentsReader.read(InputText(contentsOf: Self.classPath))
        // A title in the front matter does not make one sentence a line into paragraphs.
        #expect(corpus.documents.count == 16)
        #expect(corpus.documents[0] == ["my", "sister", "went", "to", "the", "park"])
        let words = corpus.vocabulary.words
        #expect(words.contains("park") && !words.contains("park.") && !words.contains("."))
        #expect(words.contains("my") && !words.contains("My") && !words.contains("The"))
        #expect(corpus.vocabulary.endToken == Vocabulary.unnamedEnd)
        #expect(corpus.vocabulary.endName == "end")
        #expect(!words.contains("white"))
        let model = try DocumentsReader.count(InputText(contentsOf: Self.classPath))
        #expect(countsByWords(model)["park → <end>"] == 3)
        #expect(countsByWords(model)["the → park"] == 4)
    }

    @Test("lowercase: false keeps case; punctuation: \".\" keeps the full stop as the sentence's last token")
    func teacherKeeps() throws {
        let kept = try DocumentsReader.read(InputText(contentsOf: Self.classPath), overrides: ReadingOverrides(lowercase: false))
        #expect(kept.documents[0].first == "My")
        #expect(kept.vocabulary.contains("The") && kept.vocabulary.contains("the"))
        let text = "---\npunctuation: \".\"\n---\nMy sister went to the park.\nThe park was big.\n"
        let stops = try DocumentsReader.read(input(text))
        #expect(stops.documents == [["my", "sister", "went", "to", "the", "park", "."], ["the", "park", "was", "big", "."]])
        #expect(stops.vocabulary.endToken == Vocabulary.unnamedEnd)
        let whitespace = try DocumentsReader.read(input("My sister went to the park.\n"), overrides: ReadingOverrides(tokens: .whitespace))
        #expect(whitespace.documents == [["my", "sister", "went", "to", "the", "park."]])
    }

    @Test("lines or paragraphs from the text: a titled file of one sentence a line is lines, wrapped prose paragraphs")
    func linesOrParagraphs() throws {
        let titled = try DocumentsReader.read(input("---\ntitle: Our sentences\n---\nThe cat sat.\nThe dog ran.\nA cat ran.\n"))
        #expect(titled.documents == [["the", "cat", "sat"], ["the", "dog", "ran"], ["a", "cat", "ran"]])
        let prose = try DocumentsReader.read(InputText(contentsOf: Self.prosePath))
        #expect(prose.documents.count == 7)
        // Untitled wrapped paragraphs, a comment between them, are paragraphs too.
        let untitled = try DocumentsReader.read(input("It was a dark\nand stormy night.\n# a note\n\nThe end.\n"))
        #expect(untitled.documents == [["it", "was", "a", "dark", "and", "stormy", "night"], ["the", "end"]])
        // The text is not read past its first 64 KiB to decide: a long file of lines is lines.
        let long = String(repeating: "a line of its own.\n", count: 5000) + "two\nlines\n\nthen more\n"
        #expect(try DocumentsReader.read(input(long)).documents.count == 5003)
        // The option wins.
        #expect(try DocumentsReader.read(input("a b\nc\n\nd\n"), overrides: ReadingOverrides(documents: .lines)).documents.count == 3)
    }

    @Test("the colour lesson: only colour words (any case), or a declared vocabulary of colours; its end is white")
    func colourLesson() throws {
        let lesson = try DocumentsReader.read(input("# the lesson\ngreen blue\n\nPink  Purple white\n"))
        #expect(lesson.documents == [["green", "blue"], ["pink", "purple"]])
        #expect(lesson.vocabulary.endToken == "white" && lesson.vocabulary.endName == "white")
        let declared = try DocumentsReader.read(input("---\nvocabulary: [purple, blue, green, pink]\n---\ngreen blue\n"))
        #expect(declared.vocabulary.endToken == "white")
        // One word that is not a colour: not the lesson, read as prose.
        let sentence = try DocumentsReader.read(input("green blue.\n"))
        #expect(sentence.documents == [["green", "blue"]] && sentence.vocabulary.endToken == Vocabulary.unnamedEnd)
        // An explicit end or tokens wins over what the text looks like.
        let named = try DocumentsReader.read(input("---\nend: stop\ntokens: whitespace\n---\nthe cat stop\n"))
        #expect(named.vocabulary.endToken == "stop" && named.documents == [["the", "cat"]])
    }

    @Test("prompts and contexts are read as the corpus is: Park and park. are park")
    func promptsReadAsTheCorpus() throws {
        let lesson = try Lesson.load(Self.classPath)
        #expect(try lesson.reading.words(of: "Park", option: "prompt") == ["park"])
        #expect(try lesson.reading.words(of: "park.", option: "prompt") == ["park"])
        #expect(try lesson.reading.words(of: "The park", option: "contexts") == ["the", "park"])
        #expect(try lesson.reading.words(of: ".", option: "prompt") == [])
        let kept = try Lesson.load(Self.classPath, reading: InputReading(overrides: ReadingOverrides(lowercase: false)))
        #expect(try kept.reading.words(of: "Park", option: "prompt") == ["Park"])
        // The colour lesson keeps a word as written, but folds case.
        #expect(try Lesson.load(nil).reading.words(of: "Blue", option: "prompt") == ["blue"])
    }

    @Test("the end is named end where a reader sees it; end token when end is also a word; white in the lesson")
    func endNames() {
        #expect(Vocabulary(words: ["the", "park"], endToken: "<end>").endName == "end")
        let story = Vocabulary(words: ["the", "end"], endToken: "<end>")
        #expect(story.endName == "end token" && story.shownName(of: "end") == "end" && story.shownName(of: "<end>") == "end token")
        #expect(Vocabulary(words: ["green"]).endName == "white")
        #expect(Vocabulary(words: ["green", "blue"]).promptWords == ["green", "blue"])
    }

    @Test("a table of the class reads back as the same model: CSV keeps <end> as the last column; Markdown says end")
    func tableRoundTrip() throws {
        let model = try DocumentsReader.count(InputText(contentsOf: Self.classPath))
        let csv = TableWriter(model: model).text()
        #expect(csv.split(separator: "\n")[0].hasSuffix(",<end>"))
        let back = try CountTableReader.read(input(csv, name: "class.csv"))
        #expect(back.vocabulary.words == model.vocabulary.words && back.vocabulary.endName == "end")
        #expect(countsByWords(back) == countsByWords(model))
        let markdown = TableWriter(model: model, format: .markdown).text()
        #expect(markdown.split(separator: "\n")[0].hasSuffix("| end |") && !markdown.contains("<end>"))
    }
}
