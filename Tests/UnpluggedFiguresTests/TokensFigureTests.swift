import Testing
import UnpluggedFigures
import UnpluggedModel

@Suite("The tokens figure")
struct TokensFigureTests {
    /// The slide's sentence, cut at white space and lower-cased.
    static func slide(options: FigureOptions = FigureOptions(), measurer: some TextMeasuring = LessonFixtures.measurer) throws -> Figure {
        let (text, vocabulary) = try TokenizedText.firstDocument(of: "The cat sat on the mat.", named: "text",
                                                                 overrides: ReadingOverrides(lowercase: true))
        return TokensFigure.figure(of: text, vocabulary: vocabulary, source: "the slide", named: "tokens", options: options,
                                   measurer: measurer)
    }

    @Test("three rows: the tokens, the sorted vocabulary over its numbers, the text as numbers")
    func rows() throws {
        let scene = try Self.slide().scene
        let tokens = try #require(scene.group("tokens"))
        #expect(tokens.groups.filter { $0.name.hasPrefix("sticky ") }.map(\.name)
                == ["sticky the", "sticky cat", "sticky sat", "sticky on", "sticky the", "sticky mat."])
        let vocabulary = try #require(scene.group("vocabulary"))
        #expect(vocabulary.groups.filter { $0.name.hasPrefix("sticky ") }.map(\.name)
                == ["sticky cat", "sticky mat.", "sticky on", "sticky sat", "sticky the"])
        #expect(vocabulary.groups.filter { $0.name.hasPrefix("entry ") }.map { $0.texts.last?.text }
                == ["0", "1", "2", "3", "4"])
        let indices = try #require(scene.group("indices"))
        #expect(indices.texts.map(\.text) == ["4", "0", "3", "2", "4", "1"])
        #expect(!scene.groups.contains { $0.name == "sticky white" })
        #expect(scene.description.contains("So the text is the numbers 4 0 3 2 4 1."))
    }

    @Test("colour words carry their names too: the vocabulary reads as sorted by name, not as colours alone")
    func colourWordsNamed() throws {
        let (text, vocabulary) = try TokenizedText.firstDocument(of: "green blue purple blue pink", named: "text",
                                                                 overrides: ReadingOverrides())
        let scene = TokensFigure.figure(of: text, vocabulary: vocabulary, source: "the lesson", named: "tokens",
                                        options: FigureOptions(), measurer: LessonFixtures.measurer).scene
        let vocabularyRow = try #require(scene.group("vocabulary")).groups.filter { $0.name.hasPrefix("sticky ") }
        #expect(vocabularyRow.map { $0.texts.first?.text } == ["blue", "green", "pink", "purple"])
        let tokens = try #require(scene.group("tokens")).groups.filter { $0.name.hasPrefix("sticky ") }
        #expect(tokens.map { $0.texts.first?.text } == ["green", "blue", "purple", "blue", "pink"])
    }

    @Test("each number of the text sits under its token")
    func numbersUnderTokens() throws {
        let scene = try Self.slide().scene
        let tokens = try #require(scene.group("tokens")).groups.filter { $0.name.hasPrefix("sticky ") }
        let numbers = try #require(scene.group("indices")).texts
        for (token, number) in zip(tokens, numbers) {
            let note = try #require(token.note)
            #expect(abs(note.center.x - number.frame.center.x) < 0.01)
            #expect(number.frame.minY > note.maxY)
        }
    }

    @Test("a long text shows as many of its first tokens as read from the back row, and says how many")
    func longText() throws {
        let words = (1...60).map { "w\($0)" }
        let vocabulary = Vocabulary(words: words)
        let figure = TokensFigure.figure(of: TokenizedText(tokens: words), vocabulary: vocabulary, source: "a list",
                                         named: "tokens", options: FigureOptions(), measurer: LessonFixtures.measurer)
        let shown = try #require(figure.scene.group("indices")).texts.count
        #expect(shown > 1 && shown <= TokensFigure.shownTokens)
        #expect(try #require(figure.scene.group("notes")).texts.map(\.text) == ["The first \(shown) of its 60 tokens are shown."])
        #expect(SlideGeometry(scene: figure.scene).unreadableTexts.isEmpty)
    }

    @Test("as render makes it: --text with --lowercase and no input; else the built-in training document")
    func request() throws {
        var reading = InputReading()
        reading.overrides.lowercase = true
        var options = FigureOptions()
        options.text = "The cat sat on the mat."
        let figure = try FigureRequest(kind: .tokens, options: options)
            .figures(of: try Kind.figures(.tokens).load(nil, reading: reading), measurer: LessonFixtures.measurer)
        #expect(figure.map(\.name) == ["tokens"])
        #expect(figure[0].scene.description.hasSuffix("the numbers 4 0 3 2 4 1."))
        let builtIn = try FigureRequest(kind: .tokens).figures(of: try Lesson.load(nil), measurer: LessonFixtures.measurer)
        #expect(builtIn[0].scene.description.hasSuffix("the numbers 1 0 3 0 2."))
    }

    @Test("a text of only the end token has no tokens: refused at the text option")
    func refused() throws {
        var options = FigureOptions()
        options.text = "white"
        let error = #expect(throws: InputError.self) {
            try FigureRequest(kind: .tokens, options: options).figures(of: try Lesson.load(nil), measurer: LessonFixtures.measurer)
        }
        #expect(error?.place == .option("text"))
    }
}
