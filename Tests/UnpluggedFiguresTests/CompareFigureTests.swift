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

    @Test("two halves of disjoint words compare in the words of both: each names what it never saw, and why it could not write the other's documents",
          arguments: [CompareLayout.bins, .table])
    func disjointWords(layout: CompareLayout) throws {
        let (left, right) = try lessons("my sister went to sleep\nmy sister went home\n", "the dog ran in the park\nthe dog ran home\n")
        var options = FigureOptions()
        options.comparedAs = layout
        let scene = try compare(left, right, options: options).scene
        let description = scene.description
        #expect(description.contains("left.txt never saw \u{201C}the\u{201D}, \u{201C}dog\u{201D}, \u{201C}ran\u{201D}, \u{201C}in\u{201D} and \u{201C}park\u{201D}"), "\(description)")
        #expect(description.contains("right.txt never saw \u{201C}my\u{201D}, \u{201C}sister\u{201D}, \u{201C}went\u{201D}, \u{201C}to\u{201D} and \u{201C}sleep\u{201D}"))
        #expect(description.contains(layout == .bins ? "its bins of them are empty" : "its columns of them are blank"))
        // Each half's finished documents, scored under the other: none could be written, for a word never seen.
        #expect(description.contains("right.txt could have written 0 of left.txt's 3 documents; not document 1: it never saw \u{201C}"))
        #expect(description.contains("left.txt could have written 0 of right.txt's"))
        // The same contexts on both sides: the left half's bin of "the" is there, empty.
        let contexts = { (side: String) in scene.groups.first { $0.name == "\(side) model" }!.groups.map(\.name).filter { $0.hasPrefix("bin ") || $0.hasPrefix("row ") } }
        #expect(contexts("left.txt") == contexts("right.txt"))
        if layout == .bins {
            let leftThe = try #require(scene.groups.first { $0.name == "left.txt model" }?.groups.first { $0.name == "bin the" })
            #expect(leftThe.balls.isEmpty)
        }
    }

    @Test("two halves of overlapping words: one order (the left's words, then the right's new ones), one look per word on both sides")
    func overlappingWords() throws {
        let (left, right) = try lessons("my sister went to the park\nthe dog ran in the park\n", "the cat went to sleep\nmy dog ran to the park\n")
        var options = FigureOptions()
        options.documentCount = 5
        let scene = try compare(left, right, options: options).scene
        #expect(scene.description.contains("left.txt never saw \u{201C}cat\u{201D} and \u{201C}sleep\u{201D}"), "\(scene.description)")
        #expect(scene.description.contains("right.txt never saw \u{201C}sister\u{201D} and \u{201C}in\u{201D}"))
        // Every sticky of a word has one fill on both sides, and the text on it is the word.
        var fills: [String: Set<String>] = [:]
        for sticky in scene.groups where sticky.name.hasPrefix("sticky ") {
            let fill = sticky.leaves.compactMap { if case .rectangle(_, _, let style) = $0 { style.fill } else { nil } }.last
            fills[String(sticky.name.dropFirst("sticky ".count)), default: []].insert(String(describing: fill))
        }
        #expect(fills["sleep"] != nil && fills["sister"] != nil)
        #expect(fills.values.allSatisfy { $0.count == 1 }, "\(fills.filter { $0.value.count > 1 })")
    }

    @Test("without a second input, compare asks for one")
    func needsSecond() throws {
        let (left, _) = try lessons("blue green\n", "blue\n")
        #expect(throws: InputError.self) {
            try FigureRequest(kind: .compare).figures(of: left, measurer: FixedAdvanceMeasurer())
        }
    }

    @Test("halves of many contexts: one footer under both says how many contexts the comparison leaves out, as its alt text does")
    func oneFooter() throws {
        // A hundred words each way: more contexts than a compare shows (12).
        let left = (0..<100).map { "w\($0) w\($0 + 1) w\($0 + 2)" }.joined(separator: "\n")
        let right = (0..<100).map { "w\($0 + 1) w\($0) w\($0 + 3)" }.joined(separator: "\n")
        let (a, b) = try lessons(left, right)
        let figure = try compare(a, b)
        let notes = figure.scene.groups.filter { $0.name == "notes" }.flatMap(\.texts).map(\.text)
        let footers = notes.filter { $0.contains("not shown") }
        #expect(footers.count == 1, "\(notes)")
        let hidden = try #require(footers.first?.split(separator: ";").last?.split(separator: " ").first.flatMap { Int($0) })
        #expect(figure.scene.description.contains("\(hidden) contexts where they differ less are not shown"))
        #expect(!notes.contains { $0.contains("chosen") })
    }

    @Test("two halves of a class with different words read from the back row, as bins and as tables, saying what they leave out",
          arguments: [CompareLayout.bins, .table])
    func readableOnItsSlide(layout: CompareLayout) throws {
        let (left, right) = try lessons("""
            My sister went to the park.
            The dog ran to the park.
            My dog likes the park.
            The dog saw my sister.
            My sister likes the dog.
            """, """
            The cat sat on the mat.
            My cat likes the mat.
            The cat saw the bird.
            My sister likes the cat.
            The bird sang in the tree.
            """)
        var options = FigureOptions()
        options.comparedAs = layout
        let scene = try compare(left, right, options: options).scene
        let geometry = SlideGeometry(scene: scene)
        #expect(scene.size == Page.wide.size)
        #expect(geometry.unreadableTexts.isEmpty, "\(geometry.unreadableTexts.prefix(5))")
        #expect(geometry.overlappingTexts.isEmpty, "\(geometry.overlappingTexts.prefix(5))")
        #expect(geometry.offCanvas.isEmpty)
        #expect(geometry.legendLines <= 8)
        let notes = scene.groups.filter { $0.name == "notes" }.flatMap(\.texts).map(\.text)
        #expect(notes.contains { $0.hasPrefix("Showing the ") && $0.hasSuffix("not shown.") })
    }
}

