import Testing
import UnpluggedFigures
import UnpluggedModel

/// With start padding, the end token stands before each document as its start, as
/// makemore's "." begins and ends a name, and the start bin says so.
@Suite("Start padding in training and generation frames and the bins figure")
struct StartPaddingFigureTests {
    static let text = InputText(name: "sentences.txt", text: "the cat sat on the mat\na dog sat on a cat\n")
    let measurer = LessonFixtures.measurer

    @Test("a training frame shows the end token before the document, and the start bin is captioned start")
    func training() throws {
        let corpus = try DocumentsReader.read(Self.text)
        let trace = TrainingTrace(corpus: Corpus(documents: [corpus.documents[0]], vocabulary: corpus.vocabulary),
                                  startPadding: true)
        let scene = TrainingFigure.frame(at: 1, of: trace, named: "t", options: FigureOptions(), measurer: measurer).scene
        let document = try #require(scene.group("document")).groups.map(\.name)
        #expect(document.first == "sticky <end>")
        #expect(document.dropFirst().first == "sticky the")
        let start = try #require(scene.group("bin <end>"))
        #expect(start.texts.map(\.text).contains("start"))
        #expect(scene.groups(prefixed: "bin ").filter { $0.texts.contains { $0.text == "start" } }.count == 1)
    }

    @Test("a generation frame of a padded model starts its document with the end token, pointing at the start bin")
    func generation() throws {
        let model = try DocumentsReader.count(Self.text, startPadding: true)
        let scene = try GenerationFigure.figures(of: model, input: "sentences.txt", named: "g", options: FigureOptions(),
                                                 measurer: measurer)[1].scene
        let document = try #require(scene.group("document")).groups.map(\.name)
        #expect(document.first == "sticky <end>")
        #expect(try #require(scene.group("bin <end>")).texts.map(\.text).contains("start"))
        #expect(scene.focusedBins.map(\.name) == ["bin <end>"])
    }

    @Test("the bins figure of a padded model captions its start bin too, and only it")
    func bins() throws {
        let padded = try DocumentsReader.count(Self.text, startPadding: true)
        let scene = try BinsFigure.figure(of: padded, named: "b", options: FigureOptions(), measurer: measurer).scene
        #expect(try #require(scene.group("bin <end>")).texts.map(\.text).contains("start"))
        #expect(scene.groups(prefixed: "bin ").filter { $0.texts.contains { $0.text == "start" } }.count == 1)
        let plain = try BinsFigure.figure(of: DocumentsReader.count(Self.text), named: "b", options: FigureOptions(),
                                          measurer: measurer).scene
        #expect(!plain.groups(prefixed: "bin ").contains { $0.texts.contains { $0.text == "start" } })
    }

    @Test("without padding, no bin is captioned start and the document starts with its first word")
    func unpadded() throws {
        let model = try DocumentsReader.count(Self.text)
        let scene = try GenerationFigure.figures(of: model, input: "sentences.txt", named: "g", options: FigureOptions(),
                                                 measurer: measurer)[1].scene
        #expect(!scene.groups(prefixed: "bin ").contains { $0.texts.contains { $0.text == "start" } })
        #expect(try #require(scene.group("document")).groups.first?.name != "sticky <end>")
        let trace = TrainingTrace(corpus: BuiltInLesson.corpus)
        let frame = TrainingFigure.frame(at: 1, of: trace, named: "t", options: FigureOptions(), measurer: measurer).scene
        #expect(!frame.groups(prefixed: "bin ").contains { $0.texts.contains { $0.text == "start" } })
    }

    @Test("the start caption stays inside its bin, clear of the labels, for contexts of 1 to 4 words", arguments: 1...4)
    func captionInsideTheBin(contextLength: Int) throws {
        let corpus = try DocumentsReader.read(Self.text)
        let trace = TrainingTrace(corpus: Corpus(documents: [corpus.documents[0]], vocabulary: corpus.vocabulary),
                                  contextLength: contextLength, startPadding: true)
        let scene = TrainingFigure.frame(at: 1, of: trace, named: "t", options: FigureOptions(), measurer: measurer).scene
        let bin = try #require(scene.group("bin " + Array(repeating: "<end>", count: contextLength).joined(separator: " ")))
        let caption = try #require(bin.texts.first { $0.text == "start" })
        let outline = try #require(bin.outline)
        let top = outline.map(\.y).min()!
        let left = outline.map(\.x).min()!, right = outline.map(\.x).max()!
        #expect(caption.frame.minX >= left && caption.frame.maxX <= right && caption.frame.minY >= top)
        for label in bin.groups where label.name.hasPrefix("sticky ") {
            let note = try #require(label.note)
            #expect(note.maxX <= caption.frame.minX || note.maxY <= caption.frame.minY, "\(contextLength): \(caption.frame) covers \(note)")
        }
    }
}
