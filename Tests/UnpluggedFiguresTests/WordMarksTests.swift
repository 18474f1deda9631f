import Foundation
import Testing
import UnpluggedFigures
import UnpluggedModel

/// Every ball and sticky identifies its word, in any corpus: the pairs of colour and
/// text on balls (and on stickies) are as many as the words they stand for.
@Suite("Word marks")
struct WordMarksTests {
    static func corpus(_ name: String, overrides: ReadingOverrides = ReadingOverrides()) throws -> Corpus {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/corpora/\(name)").path
        return try DocumentsReader.read(InputText(contentsOf: path), overrides: overrides)
    }

    static let corpora: [(String, ReadingOverrides)] = [
        ("sentences.txt", ReadingOverrides()),
        ("names.txt", ReadingOverrides()),
        ("prose.txt", ReadingOverrides(tokens: .words, documents: .paragraphs)),
    ]

    /// The bins figure, training frame 01 and generation frame 02 of a corpus.
    static func figures(of corpus: Corpus) throws -> [Figure] {
        let measurer = LessonFixtures.measurer
        let model = Model(counting: corpus)
        let trace = TrainingTrace(corpus: Corpus(documents: [corpus.documents[0]], vocabulary: corpus.vocabulary))
        let generation = try GenerationFigure.figures(of: model, input: "test", named: "generation",
                                                      options: FigureOptions(), measurer: measurer)
        return [
            try BinsFigure.figure(of: model, named: "bins", options: FigureOptions(), measurer: measurer),
            TrainingFigure.frame(at: 1, of: trace, named: "training", options: FigureOptions(), measurer: measurer),
            generation[min(2, generation.count - 1)],
        ]
    }

    /// Each ball of the scene's bins: its fill and the text written on it.
    static func balls(in scene: Scene) -> [(fill: Color?, text: String?)] {
        scene.groups(prefixed: "bin ").flatMap { bin in
            let texts = bin.texts
            return bin.leaves.compactMap { leaf -> (Color?, String?)? in
                guard case .circle(let centre, let radius, let style) = leaf, style.fill != nil else { return nil }
                let text = texts.first { abs($0.frame.center.x - centre.x) < 0.01 && abs($0.frame.center.y - centre.y) < 0.01 }
                if let text {
                    #expect(text.frame.width <= 2 * radius && text.frame.height <= 2 * radius, "text inside its ball")
                }
                return (style.fill, text?.text)
            }
        }
    }

    /// Whether `pairs` of (look, word) tell the words apart: one look per word, one word per look.
    static func identifies(_ pairs: [(look: String, word: String)]) -> Bool {
        let looks = Set(pairs.map(\.look)), words = Set(pairs.map(\.word))
        let both = Set(pairs.map { "\($0.look)\u{0}\($0.word)" })
        return looks.count == words.count && both.count == words.count
    }

    @Test("every ball tells its word", arguments: 0..<3)
    func everyBall(corpusIndex: Int) throws {
        let (name, overrides) = WordMarksTests.corpora[corpusIndex]
        for figure in try WordMarksTests.figures(of: WordMarksTests.corpus(name, overrides: overrides)) {
            var pairs: [(look: String, word: String)] = []
            for group in figure.scene.groups where group.name.hasPrefix("ball ") {
                guard case .circle(_, _, let style) = group.children[0] else { continue }
                let text = group.texts.first?.text ?? ""
                pairs.append(("\(String(describing: style.fill)) \(text)", String(group.name.dropFirst("ball ".count))))
            }
            let balls = WordMarksTests.balls(in: figure.scene)
            // A large bin's grey balls pool its rarer words: blank, and grey as no word's ball is.
            let others = balls.filter { $0.fill == Theme.light.otherBall }
            #expect(!balls.isEmpty)
            #expect(others.allSatisfy { $0.text == nil }, "\(name) \(figure.name): grey balls carry no word")
            #expect(others.count == figure.scene.groups(prefixed: "other ball").count)
            #expect(balls.count { $0.text == nil } == others.count, "\(name) \(figure.name): every word's ball carries a mark")
            #expect(pairs.count == balls.count - others.count)
            #expect(WordMarksTests.identifies(pairs), "\(name) \(figure.name)")
        }
    }

    @Test("every sticky tells its word", arguments: 0..<3)
    func everySticky(corpusIndex: Int) throws {
        let (name, overrides) = WordMarksTests.corpora[corpusIndex]
        for figure in try WordMarksTests.figures(of: WordMarksTests.corpus(name, overrides: overrides)) {
            let stickies = figure.scene.groups(prefixed: "sticky ")
            let pairs = stickies.map { sticky -> (look: String, word: String) in
                let fills = sticky.leaves.compactMap { if case .rectangle(_, _, let style) = $0 { style.fill } else { nil } }
                // A long word broken onto lines at the readable floor reads whole again.
                let texts = sticky.texts.map(\.text).reduce("") { read, line in
                    read.hasSuffix("-") ? read.dropLast() + line : read.isEmpty ? line : read + " " + line
                }
                #expect(!texts.isEmpty, "\(name) \(figure.name): \(sticky.name) carries its word")
                return ("\(String(describing: fills.last)) \(texts)", String(sticky.name.dropFirst("sticky ".count)))
            }
            #expect(!pairs.isEmpty)
            #expect(WordMarksTests.identifies(pairs), "\(name) \(figure.name)")
        }
    }

    @Test("the end token is marked: ■ on its balls, end on its stickies")
    func endToken() throws {
        let corpus = try WordMarksTests.corpus("sentences.txt")
        #expect(corpus.vocabulary.endToken == "<end>")
        let figures = try WordMarksTests.figures(of: corpus)
        let bins = figures[0].scene
        #expect(bins.groups(prefixed: "ball <end>").allSatisfy { $0.texts.map(\.text) == ["\u{25A0}"] })
        #expect(bins.group("sticky <end>")?.texts.map(\.text) == nil || bins.group("sticky <end>")?.texts.map(\.text) == ["end"])
        let marks = WordMarks(vocabulary: corpus.vocabulary, theme: .light)
        #expect(marks.stickyText(of: "<end>") == "end")
        #expect(marks.ballText(of: "<end>") == "\u{25A0}")
    }

    @Test("a word too wide for a ball gets its symbol, listed in the figure's legend")
    func legend() throws {
        let corpus = try WordMarksTests.corpus("prose.txt", overrides: ReadingOverrides(tokens: .words, documents: .paragraphs))
        let bins = try WordMarksTests.figures(of: corpus)[0].scene
        let notes = bins.group("notes")?.texts.map(\.text).joined(separator: " ") ?? ""
        let texts = WordMarksTests.balls(in: bins).compactMap(\.text)
        let symbols = Set(texts.filter { !corpus.vocabulary.contains($0) && $0 != "\u{25A0}" })
        #expect(!symbols.isEmpty)
        for symbol in symbols.sorted() {
            #expect(notes.contains("\(symbol) = "), "the legend lists \(symbol)")
        }
        let names = try WordMarksTests.figures(of: WordMarksTests.corpus("names.txt"))[0].scene
        #expect(!(names.group("notes")?.texts.contains { $0.text.contains("Symbols") } ?? false),
                "single letters fit on balls: no legend")
    }

    @Test("a legend's symbols are short, its own, and never read as a word written in the figure")
    func legendSymbols() throws {
        let corpus = try WordMarksTests.corpus("prose.txt", overrides: ReadingOverrides(tokens: .words, documents: .paragraphs))
        let bins = try WordMarksTests.figures(of: corpus)[0].scene
        let notes = bins.group("notes")?.texts.map(\.text).joined(separator: " ") ?? ""
        let entries = notes.components(separatedBy: "Symbols on balls:").last!
            .split(separator: ",").map { $0.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(entries.count > 10)
        let symbols = entries.map { $0[0] }
        #expect(Set(symbols).count == symbols.count, "every symbol stands for one word")
        #expect(symbols.allSatisfy { $0.count <= 3 }, "\(symbols.filter { $0.count > 3 })")
        let legendWords = Set(entries.map { $0[1] })
        let written = Set(WordMarksTests.balls(in: bins).compactMap(\.text)).subtracting(symbols)
            .union(bins.groups(prefixed: "sticky ").flatMap { $0.texts.map(\.text) })
            .subtracting(legendWords)
        for symbol in symbols {
            #expect(!written.contains { $0.lowercased() == symbol.lowercased() }, "\(symbol) reads as a written word")
        }
    }

    @Test("the colour lesson's figures carry no text on balls or on the end token's sticky")
    func lessonUnchanged() throws {
        let measurer = LessonFixtures.measurer
        let bins = try BinsFigure.figure(of: BuiltInLesson.pretrained, named: "bins", options: FigureOptions(), measurer: measurer)
        let training = TrainingFigure.frame(at: 1, of: LessonFixtures.demoTrace, named: "training",
                                            options: FigureOptions(), measurer: measurer)
        for scene in [bins.scene, training.scene] {
            #expect(WordMarksTests.balls(in: scene).allSatisfy { $0.text == nil })
            #expect(scene.groups(prefixed: "sticky ").allSatisfy { $0.texts.isEmpty })
        }
    }

    @Test("the legend of symbols on balls lists no word that only labels a bin")
    func legendOfBallsOnly() {
        // One colour for all, so every ball must carry its word.
        let grey = WordColor(hex: "#888888")!
        let vocabulary = Vocabulary(words: ["sister", "doghouse", "catapult", "sang"], endToken: "<end>",
                                    colors: ["sister": grey, "doghouse": grey, "catapult": grey, "sang": grey])
        // Balls too small for any word: each ball carries its symbol.
        let marks = WordMarks(words: ["sister", "doghouse", "catapult"], ballWords: ["doghouse"], vocabulary: vocabulary,
                              theme: .light, ballRadius: 2, measurer: LessonFixtures.measurer)
        #expect(marks.legend.map(\.word) == ["doghouse"])
        #expect(marks.ballText(of: "doghouse") == vocabulary.symbol(of: "doghouse"))
    }
}

