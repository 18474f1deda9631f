import Foundation
import Testing
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// Bins figures of corpora that are not the colour lesson, drawn with Pango and Cairo
/// at scale 1: words and ■ on balls and stickies, letters in alphabetical order
/// (re-record with `Scripts/record-goldens NAME`).
@Suite("Golden images of words in any corpus")
struct WordMarksGoldenTests {
    let measurer = PangoMeasurer()

    func model(_ name: String) throws -> Model {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/corpora/\(name)").path
        return try DocumentsReader.count(InputText(contentsOf: path))
    }

    @Test("bins of a class's sentences: every ball carries its word, the end token ■")
    func sentences() throws {
        let figure = try BinsFigure.figure(of: model("sentences.txt"), named: "b", options: FigureOptions(), measurer: measurer)
        try expectMatchesGolden(figure.scene, named: "bins-sentences")
    }

    @Test("bins of a names list by character: letters a to z on stickies and balls")
    func names() throws {
        let figure = try BinsFigure.figure(of: model("names.txt"), named: "b", options: FigureOptions(), measurer: measurer)
        try expectMatchesGolden(figure.scene, named: "bins-names")
    }
}
