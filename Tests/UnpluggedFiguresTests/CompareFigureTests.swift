import Foundation
import Testing
import UnpluggedFigures
import UnpluggedModel

/// Two small models written to a temporary folder and loaded as `render` loads them.
private func lessons(_ left: String, _ right: String) throws -> (Lesson, Lesson) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("compare-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try left.write(toFile: folder + "/left.txt", atomically: true, encoding: .utf8)
    try right.write(toFile: folder + "/right.txt", atomically: true, encoding: .utf8)
    return (try Lesson.load(folder + "/left.txt"), try Lesson.load(folder + "/right.txt"))
}

private func compare(_ left: Lesson, _ right: Lesson, options: FigureOptions = FigureOptions()) throws -> Figure {
    let request = FigureRequest(kind: .compare, options: options)
    return try request.figures(of: left, comparedWith: right, measurer: FixedAdvanceMeasurer())[0]
}

@Suite("Compare figure")
struct CompareFigureTests {
    @Test("titles from the front matter, else the file name; the largest difference in the alt text")
    func titlesAndDifference() throws {
        let (left, right) = try lessons("---\ntitle: Left half\nvocabulary: [blue, green, purple]\n---\nblue green\nblue green\n", "---\nvocabulary: [blue, green, purple]\n---\ngreen blue\nblue purple\n")
        let figure = try compare(left, right)
        #expect(figure.name == "compare")
        #expect(figure.scene.title == "Left half and right.txt side by side")
        #expect(figure.scene.description.contains("After blue: Left half 100% green, right.txt 0%."))
    }

    @Test("the same contexts in the same order on both sides, and documents reproducible with the seed")
    func sameContextsAndSeed() throws {
        let (left, right) = try lessons("blue green pink purple\n", "pink green blue purple\n")
        var options = FigureOptions()
        options.seed = 5
        let first = try compare(left, right, options: options)
        #expect(first == (try compare(left, right, options: options)))
        let dump = first.scene.dump()
        #expect(first.scene.description.contains("the same 4 contexts"))
        #expect(first.scene.size.width > 0 && first.scene.size.height > 0)
        #expect(dump.contains("Generated documents"))
    }

    @Test("each generated document that drew the end token ends with its sticky, as the generation frames do")
    func documentsEndWithTheEndSticky() throws {
        // blue is always followed by green, green by the end: every document ends.
        let (left, right) = try lessons("---\ntitle: Left\n---\nblue green\n", "---\ntitle: Right\n---\nblue green\n")
        let scene = try compare(left, right).scene
        let end = "sticky \(left.vocabulary.endToken)"
        for side in ["Left", "Right"] {
            let rows = try #require(scene.groups.first { $0.name == "\(side) documents" })
            let stickies = rows.groups.map(\.name).filter { $0.hasPrefix("sticky ") }
            #expect(stickies.filter { $0 == end }.count == FigureOptions().documentCount, "\(stickies)")
            #expect(stickies.last == end)
        }
    }

    @Test("two models of different words are refused at the with option")
    func differentWords() throws {
        let (left, right) = try lessons("blue green\n", "the cat sat\n")
        #expect(throws: InputError.self) { try compare(left, right) }
    }

    @Test("without a second input, compare asks for one")
    func needsSecond() throws {
        let (left, _) = try lessons("blue green\n", "blue\n")
        #expect(throws: InputError.self) {
            try FigureRequest(kind: .compare).figures(of: left, measurer: FixedAdvanceMeasurer())
        }
    }
}
