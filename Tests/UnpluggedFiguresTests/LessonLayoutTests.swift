import Testing
import UnpluggedFigures
import UnpluggedModel

@Suite("Lesson layout")
struct LessonLayoutTests {
    @Test("bins wrap into the rows that show them largest on a 16:9 slide: the colour lesson's 4 in one, 16 in rows of 6, 27 of 8",
          arguments: [(4, 4), (16, 6), (27, 8), (1, 1)])
    func binsPerRow(count: Int, expected: Int) {
        #expect(LessonLayout.binsPerRow(wordCount: 0, binCount: count, page: .wide, notesHeight: 0) == expected)
        let layout = LessonLayout(wordCount: 0, binCount: count)
        let rows = Set(layout.bins.map(\.frame.minY)).count
        #expect(rows == (count + expected - 1) / expected)
    }

    @Test("nothing leaves the canvas and no two bins or stickies overlap",
          arguments: [(6, 4), (25, 4), (3, 16), (40, 27), (0, 16)])
    func insideAndApart(words: Int, bins: Int) {
        let layout = LessonLayout(wordCount: words, binCount: bins)
        let canvas = Rect(x: 0, y: 0, width: layout.size.width, height: layout.size.height)
        let frames = layout.words + layout.bins.map(\.frame)
        for (index, frame) in frames.enumerated() {
            #expect(canvas.contains(frame))
            for other in frames[(index + 1)...] {
                let apart = frame.maxX <= other.minX || other.maxX <= frame.minX
                    || frame.maxY <= other.minY || other.maxY <= frame.minY
                #expect(apart, "\(frame) overlaps \(other)")
            }
        }
    }

    @Test("a long document wraps onto more lines instead of widening the canvas")
    func longDocumentWraps() {
        let line = LessonLayout(wordCount: 10, binCount: 4, binsPerRow: 4)
        let long = LessonLayout(wordCount: 30, binCount: 4, binsPerRow: 4)
        #expect(long.size.width == line.size.width)
        #expect(Set(long.words.map(\.minY)).count == 3)
        #expect(long.size.height > line.size.height)
        // The reference document and its end token, and a little more, stay on one line.
        #expect(Set(LessonLayout(wordCount: 7, binCount: 4).words.map(\.minY)).count == 1)
    }

    @Test("a frame with marks, balls and arrows stays inside its canvas")
    func frameInsideCanvas() throws {
        let vocabulary = BuiltInLesson.vocabulary
        let document = ["green", "blue", "purple", "blue", "pink", "white"]
        let bins = ["purple", "blue", "green", "pink"].map { DrawnBin(context: [$0], balls: [.word("blue"), .word("white"), .word("pink")]) }
        let frame = LessonFrame(
            document: document, marks: [.previous, .focus, nil, nil, nil, nil], bins: bins,
            links: [.init(from: .word(0), to: .label(bin: 2, position: 0), isFaded: true),
                    .init(from: .word(1), to: .ball(bin: 2, index: 2), isFaded: false),
                    .init(from: .ball(bin: 3, index: 0), to: .word(5), isFaded: false)],
            ballRadius: 9)
        let layout = LessonLayout(wordCount: document.count, binCount: bins.count)
        let nodes = frame.nodes(layout: layout, vocabulary: vocabulary, theme: .light, measurer: FixedAdvanceMeasurer())
        let canvas = Rect(x: 0, y: 0, width: layout.size.width, height: layout.size.height)
        for node in nodes { #expect(canvas.contains(try #require(node.bounds))) }
        guard case .group(let arrows) = nodes[2] else { Issue.record("no arrows group"); return }
        #expect(arrows.children.count == 3)
    }
}
