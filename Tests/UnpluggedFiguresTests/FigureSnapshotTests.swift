import Foundation
import GoldenRecording
import Testing
import UnpluggedFigures
import UnpluggedModel

/// Each kind's scene of the reference lesson as text (rounded coordinates), compared
/// with the snapshot in `Snapshots/`. A change of layout shows up as a readable diff.
/// Snapshots are goldens: only a run that asks writes them anew (`GoldenRecording`,
/// `Scripts/record-goldens [NAMES…]`), putting the old and new text of each one it
/// changes into `.test-output/goldens` to compare.
@Suite("Figure snapshots")
struct FigureSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func figures() throws -> [Figure] {
        let measurer = LessonFixtures.measurer
        var options = FigureOptions()
        options.prompt = ["blue"]
        let lesson = BuiltInLesson.pretrained
        var shaded = options
        shaded.shading = true
        return [
            StickyFigure.figures(for: lesson.vocabulary, measurer: measurer)[0],
            try TableFigure.figures(of: lesson, named: "table", options: shaded, measurer: measurer)[0],
            try BinsFigure.figure(of: lesson, named: "trained-model", options: options, measurer: measurer),
            try BinsFigure.figure(of: LessonFixtures.contextTwo, named: "trained-model-context-two", options: options,
                              measurer: measurer),
            TrainingFigure.frame(at: 3, of: LessonFixtures.demoTrace, named: "training-demo", options: options,
                                 measurer: measurer),
            try GenerationFigure.figures(of: lesson, input: "test", named: "generation-demo", options: options,
                                         measurer: measurer)[1],
            OverviewFigure.figure(of: LessonFixtures.demoTrace, named: "clean-train", options: options, measurer: measurer),
            try GraphFigure.figure(of: lesson, named: "graph", options: options, measurer: measurer),
            try ChancesFigure.figure(of: lesson, input: "test", named: "chances", options: options, measurer: measurer),
            try TemperatureFigure.figure(of: lesson, input: "test", named: "temperature", options: options, measurer: measurer),
            try TokensFigureTests.slide(),
        ]
    }

    @Test("each kind's scene matches its snapshot", arguments: try figures().map(\.name))
    func matchesSnapshot(name: String) throws {
        let figure = try #require(try FigureSnapshotTests.figures().first { $0.name == name })
        let text = "title: \(figure.scene.title)\ndescription: \(figure.scene.description)\n\(figure.scene.dump())"
        let file = FigureSnapshotTests.folder.appendingPathComponent("\(figure.name).txt")
        let old = try? String(contentsOf: file, encoding: .utf8)
        if GoldenRecording().records(figure.name) {
            guard text != old else { return }
            try FileManager.default.createDirectory(at: FigureSnapshotTests.folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            let written = try GoldenRecording.writeChange(named: figure.name, files: [
                ("expected.txt", old.map { Array($0.utf8) }), ("actual.txt", Array(text.utf8)),
            ])
            print("recorded snapshot \(file.path) (see \(written.joined(separator: ", ")))")
            return
        }
        let expected = try #require(old, "no snapshot \(file.lastPathComponent): record it with Scripts/record-goldens \(name)")
        if text != expected {
            let actual = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actual, lines).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("""
                \(figure.name) differs from its snapshot\(first.map { " at line \($0.offset + 1):\n- \($0.element.0)\n+ \($0.element.1)" } ?? " in length").
                If the change is intended, record again with Scripts/record-goldens \(figure.name).
                """)
        }
    }
}
