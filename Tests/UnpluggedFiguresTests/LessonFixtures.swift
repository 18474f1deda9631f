import Foundation
import UnpluggedFigures
import UnpluggedModel

/// The models and traces the figure tests draw: the reference lesson, its context-2
/// table, a character-level names list and a few sentences of prose. All in memory,
/// so the tests need nothing outside the repository.
enum LessonFixtures {
    static let measurer = FixedAdvanceMeasurer()

    /// Training on the reference document "green blue purple blue pink".
    static let demoTrace = TrainingTrace(corpus: BuiltInLesson.corpus)

    /// The lesson's `context_two.csv`: 16 contexts of two colours.
    static let contextTwo = try! CountTableReader.read(InputText(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/context_two.csv").path))

    /// First names read letter by letter: 26 letters and the end token.
    static let names = try! DocumentsReader.read(
        InputText(name: "names.txt", text: """
            emma\nolivia\nava\nisabella\nsophia\nmia\ncharlotte\namelia\nharper\nevelyn\nabigail\nemily
            elizabeth\nmila\nella\navery\nsofia\ncamila\naria\nscarlett\nvictoria\nmadison\nluna\ngrace
            chloe\npenelope\nlayla\nriley\nzoey\nnora\nlily\neleanor\nhannah\nlillian\naddison\naubrey
            quinn\nwyatt\nxavier\njack\nbrooklyn\nskylar\nhazel\nviolet\ndaisy\nfrank\nkurt\n
            """),
        overrides: ReadingOverrides(tokens: .characters, documents: .lines))

    /// A few sentences, word by word, one document per line.
    static let prose = try! DocumentsReader.read(
        InputText(name: "prose.txt", text: """
            the cat sat on the mat and the dog sat on the log
            a remarkably extraordinary circumstance followed the cat
            the dog and the cat sat together on the extraordinary mat

            """),
        overrides: ReadingOverrides(tokens: .words, documents: .lines))

    /// Every kind of figure of `model` (and of training on `corpus`'s first document).
    /// A corpus of Tests/Fixtures/corpora, read as a teacher's file would be.
    static func fixture(_ name: String, overrides: ReadingOverrides = ReadingOverrides()) throws -> Corpus {
        try DocumentsReader.read(InputText(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/corpora/\(name)").path), overrides: overrides)
    }

    static func everyKind(of model: Model, corpus: Corpus?, options: FigureOptions = FigureOptions(),
                          prompt: [String] = []) throws -> [Figure] {
        var options = options
        options.prompt = prompt
        var figures = StickyFigure.figures(for: model.vocabulary, measurer: measurer)
        figures += try TableFigure.figures(of: model, named: "table", options: options, measurer: measurer)
        figures.append(try BinsFigure.figure(of: model, named: "bins", options: options, measurer: measurer))
        figures.append(try GraphFigure.figure(of: model, named: "graph", options: options, measurer: measurer))
        figures += try GenerationFigure.figures(of: model, input: "test", named: "generation", options: options,
                                                measurer: measurer)
        figures.append(try ChancesFigure.figure(of: model, input: "test", named: "chances", options: options, measurer: measurer))
        figures.append(try TemperatureFigure.figure(of: model, input: "test", named: "temperature", options: options,
                                                    measurer: measurer))
        if let corpus {
            let trace = TrainingTrace(corpus: Corpus(documents: [corpus.documents[0]], vocabulary: corpus.vocabulary),
                                      contextLength: model.contextLength)
            figures += TrainingFigure.figures(of: trace, named: "training", options: options, measurer: measurer)
            figures.append(OverviewFigure.figure(of: trace, named: "overview", options: options, measurer: measurer))
            figures.append(TokensFigure.figure(of: TokenizedText(tokens: corpus.documents[0]), vocabulary: corpus.vocabulary,
                                               source: "test", named: "tokens", options: options, measurer: measurer))
        }
        return figures
    }
}
