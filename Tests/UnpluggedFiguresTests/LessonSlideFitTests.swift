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

    @Test("a paragraph too long for one slide is trained in parts: each part's stickies stand still, every sticky one size")
    func trainingKeepsItsSize() {
        let frames = Self.trainingFrames()
        let parts = Dictionary(grouping: frames) { frame in
            frame.scene.group("notes")?.texts.map(\.text).first { $0.hasPrefix("Part ") }.map { String($0.prefix(11)) } ?? ""
        }
        #expect(parts.count > 1, "the paragraph is cut into parts: \(parts.keys.sorted())")
        #expect(!parts.keys.contains(""), "every frame says which part it is")
        for (part, frames) in parts.sorted(by: { $0.key < $1.key }) {
            let first = Self.stickyFrames(of: frames[0])
            #expect(first.count > 10, "\(part)")
            for frame in frames.dropFirst() {
                #expect(Self.stickyFrames(of: frame) == first, "\(part): \(frame.name)")
            }
        }
        let sizes = Set(frames.flatMap(Self.stickyFrames(of:)).map { "\($0.width)x\($0.height)" })
        #expect(sizes.count == 1, "one scale for every frame: \(sizes)")
    }

    @Test("the parts together tell every step of the paragraph once, in order, numbered over the whole paragraph")
    func partsTellEveryStep() {
        let frames = Self.trainingFrames()
        let steps = Self.prose.documents[0].count
        let dropping = frames.filter { $0.scene.title.hasSuffix("dropping the ball") }.map(\.scene.description)
        #expect(dropping.count == steps)
        for (index, description) in dropping.enumerated() {
            #expect(description.hasPrefix("Step \(index + 1) of \(steps): after "), "\(description)")
        }
        #expect(dropping.allSatisfy { $0.contains(" bins they visit, of ") }, "the alt text says which bins are shown")
    }

    @Test("the overview of a paragraph shows its first steps, on one line of stickies, and says how many it leaves out")
    func overviewOfAParagraph() throws {
        let trace = TrainingTrace(corpus: Corpus(documents: [Self.prose.documents[0]], vocabulary: Self.prose.vocabulary),
                                  contextLength: 1)
        let scene = OverviewFigure.figure(of: trace, named: "overview", options: FigureOptions(), measurer: Self.measurer).scene
        let stickies = Self.stickyFrames(of: Figure(name: "overview", scene: scene))
        #expect(Set(stickies.map(\.minY)).count == 1, "one line of stickies")
        let steps = Self.prose.documents[0].count
        let note = try #require(scene.group("notes")?.texts.map(\.text).first { $0.hasPrefix("Showing the first ") })
        #expect(note.hasPrefix("Showing the first \(stickies.count - 1) of \(steps) steps and the "), "\(note)")
        #expect(scene.description.contains(note))
        #expect(SlideGeometry(scene: scene).unreadableTexts.isEmpty)
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

/// Arrows to balls, checked against every ball of their figure: none passes through a
/// ball it does not point at.
@Suite("Arrows and balls")
struct ArrowBallTests {
    static let measurer = LessonFixtures.measurer

    /// Every ball drawn in `scene` (its filled circle; a new ball's ring is not one).
    static func balls(in scene: Scene) -> [(centre: Point, radius: Double)] {
        func collect(_ node: Node) -> [(centre: Point, radius: Double)] {
            switch node {
            case .circle(let centre, let radius, let style) where style.fill != nil: [(centre, radius)]
            case .group(let group): group.children.flatMap(collect)
            default: []
            }
        }
        return (scene.group("bins")?.children ?? []).flatMap(collect)
    }

    /// The arrows of `scene` that cross a ball they do not end on, and how many arrows
    /// end at a bin's mouth rather than on a ball.
    static func check(_ scene: Scene) -> (crossings: [String], mouths: Int) {
        let balls = balls(in: scene)
        var crossings: [String] = []
        var mouths = 0
        for arrow in scene.group("arrows")?.groups ?? [] {
            let points = ArrowPoints(arrow).points
            guard let end = points.last else { continue }
            // The ball an arrow points at lies just under its tip (the line stops at the
            // head's base, a head's length above the tip).
            let target = balls.firstIndex { ball in
                abs(ball.centre.x - end.x) < 1 && end.y < ball.centre.y && ball.centre.y - end.y < 2.5 * ball.radius + 20
            }
            // A dark arrow goes to a ball (a faded one to a label): with no ball under
            // its tip, it ends at the bin's mouth.
            if target == nil, case .path(_, let style)? = arrow.children.first, style.stroke?.color == Theme.light.binEdge {
                mouths += 1
            }
            for (index, ball) in balls.enumerated() where index != target {
                let inside = points.contains { point in
                    let dx = point.x - ball.centre.x, dy = point.y - ball.centre.y
                    return (dx * dx + dy * dy).squareRoot() < ball.radius - 0.5
                }
                if inside { crossings.append("\(arrow.name) crosses the ball at \(ball.centre)") }
            }
        }
        return (crossings, mouths)
    }

    /// One document whose bins fill up: "blue" is followed seven times, so balls fall
    /// on the balls before them.
    static let filling = TrainingTrace(corpus: try! DocumentsReader.read(
        InputText(name: "filling.txt", text: "blue green blue pink blue purple blue green blue pink blue purple blue green\n"),
        overrides: ReadingOverrides()))

    @Test("the overview's arrow to a ball under later balls ends at its bin's mouth; no arrow crosses a ball")
    func overviewArrowsMissOtherBalls() {
        let scene = OverviewFigure.figure(of: Self.filling, named: "overview", options: FigureOptions(),
                                          measurer: Self.measurer).scene
        let (crossings, mouths) = Self.check(scene)
        #expect(crossings.isEmpty, "\(crossings.prefix(5))")
        #expect(mouths > 0, "some ball lies under later ones, so some arrow ends at a mouth")
    }

    @Test("an arrow to a ball tucked under a brim-full bin's labels ends at the bin's mouth, right of the labels")
    func tuckedBall() throws {
        let vocabulary = LessonFixtures.prose.vocabulary
        let layout = LessonLayout(wordCount: 3, binCount: 1)
        let shape = try #require(layout.bins.first)
        let radius = 9.0
        let places = DrawnBin.packing(in: shape, contextLength: 1, radius: radius).places
        let labels = DrawnBin.labelFrames(in: shape, count: 1)
        // The top row's ball furthest left: under the label.
        let top = try #require(places.map(\.y).min())
        let tucked = try #require(places.indices.filter { abs(places[$0].y - top) < 1e-9 }.min { places[$0].x < places[$1].x })
        // Under the label, or too near it for an arrow to pass beside it (10 points:
        // the room kept from a label and half an arrow head).
        #expect(places[tucked].x < (labels.first?.maxX ?? 0) + 10, "the ball is under the label")
        let frame = LessonFrame(document: ["the", "cat", "sat"], marks: [nil, nil, nil],
                                bins: [DrawnBin(context: ["the"], balls: places.map { _ in .word("cat") })],
                                links: [LessonFrame.Link(from: .word(1), to: .ball(bin: 0, index: tucked), isFaded: false)],
                                ballRadius: radius)
        let scene = Scene(size: layout.size, title: "tucked", description: "",
                          nodes: frame.nodes(layout: layout, vocabulary: vocabulary, theme: .light, measurer: Self.measurer))
        let arrow = try #require(scene.group("arrows")?.groups.first)
        let end = try #require(ArrowPoints(arrow).points.last)
        #expect(end.y < shape.frame.minY, "the arrow stops above the rim: \(end)")
        #expect(end.x > (labels.first?.maxX ?? 0), "right of the label: \(end)")
        #expect(Self.check(scene).crossings.isEmpty, "\(Self.check(scene).crossings.prefix(3))")
    }

    @Test("no arrow crosses a ball in any overview or training frame of the teachers' corpora", arguments: 0..<4)
    func teachersCorpora(corpus: Int) throws {
        let (_, file, context) = SlideFitTests.corpora[corpus]
        let text = try LessonFixtures.fixture(file)
        // Two documents, the second's balls falling on the first's (but not the prose's
        // second paragraph of 386 words, whose 772 frames take minutes to check).
        let documents = text.documents.prefix(2).filter { $0.count <= 100 }
        let trace = TrainingTrace(corpus: Corpus(documents: Array(documents), vocabulary: text.vocabulary),
                                  contextLength: context)
        var scenes = [OverviewFigure.figure(of: trace, named: "overview", options: FigureOptions(), measurer: Self.measurer).scene]
        var options = FigureOptions()
        options.document = .all
        scenes += TrainingFigure.figures(of: trace, named: "training", options: options, measurer: Self.measurer).map(\.scene)
        for scene in scenes {
            let crossings = Self.check(scene).crossings
            #expect(crossings.isEmpty, "\(scene.title): \(crossings.prefix(5))")
        }
    }
}
