import Foundation
import Testing
import UnpluggedFigures
import UnpluggedModel

/// A bins figure cut down to a large model's fullest bins shows them fullest first.
@Suite("Bin order")
struct BinOrderTests {
    @Test("a cut-down bins figure goes fullest first")
    func fullestFirst() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/corpora/prose.txt").path
        let corpus = try DocumentsReader.read(InputText(contentsOf: path),
                                              overrides: ReadingOverrides(tokens: .words, documents: .paragraphs))
        let model = Model(counting: corpus)
        let scene = try BinsFigure.figure(of: model, named: "bins", options: FigureOptions(),
                                      measurer: LessonFixtures.measurer).scene
        let shown = scene.groups(prefixed: "bin ").map { String($0.name.dropFirst("bin ".count)) }
        #expect(shown.count < model.bins.count { !$0.isEmpty }, "the figure is cut down")
        let totals = shown.map { model.bin(for: Context($0.split(separator: " ").map(String.init))).total }
        #expect(totals == totals.sorted(by: >))
        #expect(totals.first == model.bins.map(\.total).max())
    }
}
