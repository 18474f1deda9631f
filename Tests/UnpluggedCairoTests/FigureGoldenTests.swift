import Foundation
import Testing
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// One figure of each lesson kind, drawn with Pango and Cairo at scale 1 and compared
/// with its stored image (re-record with `Scripts/record-goldens NAME`).
@Suite("Golden images of the lesson figures")
struct FigureGoldenTests {
    let measurer = PangoMeasurer()
    let model = BuiltInLesson.pretrained
    var trace: TrainingTrace { TrainingTrace(corpus: BuiltInLesson.corpus) }

    @Test("training: frame 01 drops a blue ball into the green bin")
    func trainingFrame() throws {
        let frame = TrainingFigure.frame(at: 1, of: trace, named: "training-demo", options: FigureOptions(), measurer: measurer)
        try expectMatchesGolden(frame.scene, named: "training-demo01")
    }

    @Test("bins: the pretrained model")
    func bins() throws {
        try expectMatchesGolden(try BinsFigure.figure(of: model, named: "b", options: FigureOptions(), measurer: measurer).scene,
                                named: "trained-model")
    }

    @Test("table: percent with shading")
    func table() throws {
        var options = FigureOptions()
        options.shading = true
        try expectMatchesGolden(try TableFigure.figures(of: model, named: "t", options: options, measurer: measurer)[0].scene,
                                named: "table")
    }

    @Test("table: a large vocabulary, each row naming its own likeliest next words, zeros blank")
    func tableOfALargeVocabulary() throws {
        let corpus = try DocumentsReader.read(InputText(name: "words.txt", text: """
            the cat sat on the mat and the dog sat on the log
            a cat and a dog sat together
            """), overrides: ReadingOverrides(tokens: .words, documents: .lines))
        var options = FigureOptions()
        options.topWords = 2
        options.contexts = [Context(["the"]), Context(["sat"]), Context(["a"])]
        try expectMatchesGolden(try TableFigure.figures(of: Model(counting: corpus), named: "t", options: options,
                                                        measurer: measurer)[0].scene,
                                named: "table-large-vocabulary")
    }

    @Test("chances: the next words after blue, likeliest first")
    func chances() throws {
        var options = FigureOptions()
        options.prompt = ["blue"]
        try expectMatchesGolden(try ChancesFigure.figure(of: model, input: "test", named: "c", options: options,
                                                         measurer: measurer).scene,
                                named: "chances")
    }

    @Test("temperature: the blue bin at T = 0.5, 1 and 2, dark theme")
    func temperature() throws {
        var options = FigureOptions()
        options.prompt = ["blue"]
        options.theme = .dark
        try expectMatchesGolden(try TemperatureFigure.figure(of: model, input: "test", named: "t", options: options,
                                                             measurer: measurer).scene,
                                named: "temperature")
    }

    @Test("graph: the pretrained model as a state diagram")
    func graph() throws {
        try expectMatchesGolden(try GraphFigure.figure(of: model, named: "g", options: FigureOptions(), measurer: measurer).scene,
                                named: "graph")
    }

    @Test("graph of context two: a grid, row = earlier word, column = previous word, end stickies beside")
    func graphContextTwo() throws {
        let table = try CountTableReader.read(InputText(contentsOf: Self.fixtures.appendingPathComponent("context_two.csv").path))
        try expectMatchesGolden(try GraphFigure.figure(of: table, named: "g", options: FigureOptions(), measurer: measurer).scene,
                                named: "graph-context-two")
    }

    @Test("graph of prose: the neighbourhood of the prompt, two steps out")
    func graphNeighbourhood() throws {
        let corpus = try DocumentsReader.read(
            InputText(contentsOf: Self.fixtures.appendingPathComponent("corpora/prose.txt").path),
            overrides: ReadingOverrides(tokens: .words, documents: .paragraphs, lowercase: false))
        var options = FigureOptions()
        options.prompt = ["I"]
        try expectMatchesGolden(try GraphFigure.figure(of: Model(counting: corpus), named: "g", options: options,
                                                       measurer: measurer).scene,
                                named: "graph-neighbourhood")
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures")

    @Test("overview: every arrow of training on the reference document, dark theme")
    func overview() throws {
        var options = FigureOptions()
        options.theme = .dark
        try expectMatchesGolden(OverviewFigure.figure(of: trace, named: "o", options: options, measurer: measurer).scene,
                                named: "clean-train-dark")
    }

    @Test("tokens: the slide's sentence, lower-cased, numbered 4 0 3 2 4 1")
    func tokens() throws {
        let (text, vocabulary) = try TokenizedText.firstDocument(of: "The cat sat on the mat.", named: "text",
                                                                 overrides: ReadingOverrides(lowercase: true))
        try expectMatchesGolden(TokensFigure.figure(of: text, vocabulary: vocabulary, source: "the slide", named: "t",
                                                    options: FigureOptions(), measurer: measurer).scene,
                                named: "tokens")
    }
}
