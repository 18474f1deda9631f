import Testing
import UnpluggedFigures
import UnpluggedModel

/// The figures with bins on their slide: every frame of a sequence one size, a legend of
/// at most 8 lines however large the vocabulary, and arrows that cross no sticky or bin
/// label they do not point at.
@Suite("Lesson figures on their slide")
struct LessonSlideFitTests {
    static let prose = try! LessonFixtures.fixture("prose.txt")
    static let measurer = LessonFixtures.measurer

    /// The frames of training on the prose's first paragraph: a document of three lines.
    static func trainingFrames() -> [Figure] {
        let trace = TrainingTrace(corpus: Corpus(documents: [prose.documents[0]], vocabulary: prose.vocabulary),
                                  contextLength: 1)
        return TrainingFigure.figures(of: trace, named: "training", options: FigureOptions(), measurer: measurer)
    }

    static func holds(_ rect: Rect, _ point: Point) -> Bool {
        rect.minX <= point.x && point.x <= rect.maxX && rect.minY <= point.y && point.y <= rect.maxY
    }

    /// Where each document sticky of `figure` stands on its slide.
    static func stickyFrames(of figure: Figure) -> [Rect] {
        (figure.scene.group("document")?.groups ?? []).filter { $0.name.hasPrefix("sticky ") }
            .compactMap { $0.leaves.compactMap { if case .rectangle(let rect, _, _) = $0 { rect } else { nil } }.last }
    }

    @Test("every training frame has one size: the document's stickies stand still from frame to frame")
    func trainingKeepsItsSize() {
        let frames = Self.trainingFrames()
        let first = Self.stickyFrames(of: frames[0])
        #expect(first.count > 20)
        for frame in frames.dropFirst() {
            #expect(Self.stickyFrames(of: frame) == first, "\(frame.name)")
        }
    }

    @Test("every generation frame has one size, the document growing in place")
    func generationKeepsItsSize() throws {
        var options = FigureOptions()
        options.maximumLength = 12
        let frames = try GenerationFigure.figures(of: Model(counting: Self.prose), input: "prose", named: "generation",
                                                  options: options, measurer: Self.measurer)
        #expect(frames.count > 2)
        let last = Self.stickyFrames(of: frames[frames.count - 1])
        for frame in frames {
            let stickies = Self.stickyFrames(of: frame)
            #expect(stickies == Array(last.prefix(stickies.count)), "\(frame.name)")
        }
    }

    /// Thirty contexts, each followed by ten words of its own, once each: its thirty
    /// bins would write 90 symbols on their balls.
    static let manyWords = Model(counting: try! DocumentsReader.read(
        InputText(name: "many.txt", text: (0..<30).flatMap { context in
            (0..<10).map { next in "context\(context) nextword\(context)x\(next)" }
        }.joined(separator: "\n") + "\n"),
        overrides: ReadingOverrides(tokens: .words, documents: .lines)))

    @Test("a legend of at most 8 lines for a large vocabulary on a narrow page: fewer bins instead, and the notes say so")
    func legendLimit() throws {
        var options = FigureOptions()
        options.page = .a4
        options.contexts = (0..<30).map { Context(["context\($0)"]) }
        let scene = try BinsFigure.figure(of: Self.manyWords, named: "bins", options: options,
                                          measurer: Self.measurer).scene
        let geometry = SlideGeometry(scene: scene)
        #expect(geometry.legendLines > 0)
        #expect(geometry.legendLines <= 8)
        #expect(geometry.unreadableTexts.isEmpty, "\(geometry.unreadableTexts.prefix(5))")
        let shown = scene.groups(prefixed: "bin ").count
        #expect(shown < 30, "fewer than the 30 chosen bins")
        let notes = scene.group("notes")?.texts.map(\.text) ?? []
        #expect(notes.contains { $0.hasPrefix("Showing the \(shown) fullest bins;") }, "\(notes)")
        #expect(scene.description.contains("not shown"))
    }

    @Test("no arrow crosses a document sticky or a bin label it does not point at",
          arguments: ["training", "overview"])
    func arrowsKeepToTheGaps(kind: String) {
        let trace = TrainingTrace(corpus: Corpus(documents: [Self.prose.documents[0]], vocabulary: Self.prose.vocabulary),
                                  contextLength: 1)
        let figures = kind == "training"
            ? Self.trainingFrames()
            : [OverviewFigure.figure(of: trace, named: "overview", options: FigureOptions(), measurer: Self.measurer)]
        for figure in figures {
            let notes = Self.stickyFrames(of: figure) + figure.scene.groups(prefixed: "bin ").flatMap { bin in
                bin.groups.filter { $0.name.hasPrefix("sticky ") }
                    .compactMap { $0.leaves.compactMap { if case .rectangle(let rect, _, _) = $0 { rect } else { nil } }.last }
            }
            for arrow in figure.scene.group("arrows")?.groups ?? [] {
                let points = ArrowPoints(arrow).points
                guard let start = points.first, let end = points.last else { continue }
                // The sticky or label it leaves and the one it reaches are next to its ends.
                let ends = notes.filter { Self.holds($0.insetBy(-8), start) || Self.holds($0.insetBy(-8), end) }
                for note in notes where !ends.contains(note) {
                    #expect(!points.contains { Self.holds(note.insetBy(1), $0) }, "\(figure.name) \(arrow.name) crosses \(note)")
                }
            }
        }
    }
}

/// Points along an arrow's line, a curve sampled every few points: enough to find a
/// crossing of a sticky or label.
struct ArrowPoints {
    let points: [Point]

    init(_ arrow: Group) {
        var points: [Point] = []
        guard case .path(let line, _)? = arrow.children.first else { self.points = []; return }
        var current = Point(x: 0, y: 0)
        for element in line.elements {
            switch element {
            case .move(let point):
                current = point
                points.append(point)
            case .line(let point):
                for step in 1...20 {
                    let t = Double(step) / 20
                    points.append(Point(x: current.x + (point.x - current.x) * t, y: current.y + (point.y - current.y) * t))
                }
                current = point
            case .curve(let point, let control1, let control2):
                for step in 1...20 {
                    let t = Double(step) / 20, u = 1 - t
                    let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                    points.append(Point(x: a * current.x + b * control1.x + c * control2.x + d * point.x,
                                        y: a * current.y + b * control1.y + c * control2.y + d * point.y))
                }
                current = point
            case .close:
                break
            }
        }
        self.points = points
    }
}
