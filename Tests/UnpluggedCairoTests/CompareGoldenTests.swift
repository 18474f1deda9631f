import Foundation
import Testing
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// The two halves of the room (Figures/two-halves) compared, drawn with Pango and
/// Cairo at scale 1 (re-record with `Scripts/record-goldens NAME`).
@Suite("Golden image of a comparison")
struct CompareGoldenTests {
    @Test("two halves side by side: titles, the same bins in the same order, documents each generated")
    func twoHalves() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Figures/two-halves").path
        let left = try Lesson.load(folder + "/left.txt"), right = try Lesson.load(folder + "/right.txt")
        let figure = try FigureRequest(kind: .compare).figures(of: left, comparedWith: right, measurer: PangoMeasurer())[0]
        try expectMatchesGolden(figure.scene, named: "compare-two-halves")
    }
}
