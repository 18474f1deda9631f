import Foundation
import Testing
import UnpluggedBuild
import UnpluggedFigures
import UnpluggedModel

/// A manifest's figures share one marking of all its inputs' words.
@Suite("Manifest marks")
struct ManifestMarksTests {
    @Test("two inputs share marks: a word has one colour in the bins of each half, in their declared order")
    func twoInputsShareMarks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marks-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "my sister went to the park\n".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try "the dog went to sleep in the park\n".write(toFile: folder + "/b.txt", atomically: true, encoding: .utf8)
        let manifest = try Manifest.read(text: """
            output: img
            inputs:
              a: a.txt
              b: b.txt
            figures:
              - kind: bins
                input: b
                name: b-bins
              - kind: bins
                input: a
                name: a-bins
            """, name: folder + "/figures.yml")
        let marks = try ManifestMarks(of: manifest).marks
        // The inputs' declared order, not the figures': a's words first.
        #expect(marks.words == ["my", "sister", "went", "to", "the", "park", "dog", "sleep", "in"])
        var fills: [String: Set<String>] = [:]
        for entry in manifest.figures {
            _ = try entry.draw(measurer: FixedAdvanceMeasurer(), marks: marks) { figure in
                for group in figure.scene.nodes.flatMap(\.allGroups) where group.name.hasPrefix("sticky ") {
                    let fill = group.children.compactMap { node -> Color? in
                        if case .rectangle(_, _, let style) = node { style.fill } else { nil }
                    }.last
                    fills[String(group.name.dropFirst("sticky ".count)), default: []].insert(String(describing: fill))
                }
            }
        }
        #expect(fills["the"] != nil && fills["park"] != nil && fills["sleep"] != nil)
        #expect(fills.values.allSatisfy { $0.count == 1 }, "\(fills.filter { $0.value.count > 1 })")
        // b alone would give "the" the palette's first colour; with a before it, "the" is a's fifth word.
        let alone = try Lesson.load(folder + "/b.txt").vocabulary
        #expect(alone.marked(by: marks).color(of: "the") != alone.color(of: "the"))
    }
}

extension Node {
    /// This node's groups and every group under them, depth first.
    var allGroups: [Group] {
        guard case .group(let group) = self else { return [] }
        return [group] + group.children.flatMap(\.allGroups)
    }
}
