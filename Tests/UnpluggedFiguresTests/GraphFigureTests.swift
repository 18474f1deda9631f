import Foundation
import Testing
@testable import UnpluggedFigures
import UnpluggedModel

@Suite("State diagrams that stay readable")
struct GraphFigureTests {
    let measurer = LessonFixtures.measurer

    static let corpora = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/corpora")

    static func model(_ file: String, overrides: ReadingOverrides = ReadingOverrides(), context: Int = 1) throws -> Model {
        let corpus = try DocumentsReader.read(InputText(contentsOf: corpora.appendingPathComponent(file).path),
                                              overrides: overrides)
        return Model(counting: corpus, contextLength: context)
    }

    /// The models the diagram must keep readable, each with the prompt it is drawn from.
    static func cases() throws -> [(name: String, model: Model, prompt: [String])] {
        let prose = try model("prose.txt", overrides: ReadingOverrides(tokens: .words, documents: .paragraphs, lowercase: false))
        return [
            ("lesson", BuiltInLesson.pretrained, []),
            ("context two", LessonFixtures.contextTwo, []),
            ("sentences", try model("sentences.txt"), []),
            ("sentences, context two", try model("sentences.txt", context: 2), []),
            ("prose", prose, []),
            ("prose from I", prose, ["I"]),
            ("class", try model("class.txt"), []),
            ("class, context two", try model("class.txt", context: 2), []),
            ("names", try model("names.txt"), []),
            ("prose, context two, from I", try model("prose.txt", overrides: ReadingOverrides(tokens: .words, documents: .paragraphs, lowercase: false),
                                                     context: 2), ["I"]),
        ]
    }

    func scene(_ model: Model, prompt: [String], minimumChance: Double = 0) throws -> Scene {
        var options = FigureOptions()
        options.prompt = prompt
        options.minimumChance = minimumChance
        return try GraphFigure.figure(of: model, named: "graph", options: options, measurer: measurer).scene
    }

    @Test("no chance lies on a node or another chance; everything is on the canvas; text inside its box",
          arguments: try cases().map(\.name))
    func readable(name: String) throws {
        let (_, model, prompt) = try #require(try Self.cases().first { $0.name == name })
        let scene = try scene(model, prompt: prompt)
        let nodes = try #require(scene.group("states")).children.compactMap(\.bounds)
        let chances = try #require(scene.group("chances")).groups
        #expect(!chances.isEmpty)
        let plates = chances.compactMap { Node.group($0).bounds }
        for (index, plate) in plates.enumerated() {
            for node in nodes {
                #expect(!plate.intersects(node), "\(name): \(chances[index].name) at \(plate) lies on a node at \(node)")
            }
            for (other, otherPlate) in plates.enumerated() where other > index {
                #expect(!plate.intersects(otherPlate), "\(name): \(chances[index].name) lies on \(chances[other].name)")
            }
            for text in chances[index].texts {
                #expect(plate.contains(text.frame), "\(name): \(text.text) outside its plate")
            }
        }
        // Everything but the arrows' lines by its bounds; a line by points along it, as its
        // control points lie off the line.
        let canvas = Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height)
        let heads = scene.groups(prefixed: "arrow ").flatMap { $0.leaves.dropFirst() }
        let drawn = scene.nodes.filter { if case .group(let group) = $0 { group.name != "arrows" } else { true } } + heads
        for node in drawn {
            if let bounds = node.bounds { #expect(canvas.contains(bounds), "\(name): \(bounds) off the canvas") }
        }
        for (arrow, points) in Self.arrowPoints(of: scene, from: 0, to: 1) {
            #expect(points.allSatisfy { canvas.contains($0) }, "\(name): \(arrow) off the canvas")
        }
    }

    @Test("context two is a grid: row = earlier word, column = previous word, an end sticky beside each that can end")
    func contextTwoGrid() throws {
        // The whole grid, at its own size: on a slide it is too large to read, so the
        // figure shows a neighbourhood (`fewerContextsOnASlide`).
        let shown = try GraphContexts(model: LessonFixtures.contextTwo, prompt: [], top: 12)
        let scene = GraphFigure.diagram(of: LessonFixtures.contextTwo, showing: shown, spread: 1, options: FigureOptions(),
                                        measurer: measurer).scene
        let stickies = try #require(scene.group("states")).groups.filter { $0.name.hasPrefix("sticky ") }
        // 16 contexts of two stickies each, and the end stickies.
        let pairs = stickies.prefix(32)
        let rows = Set(stride(from: 0, to: 32, by: 2).compactMap { Node.group(Array(pairs)[$0]).bounds?.minY })
        let columns = Set(stride(from: 1, to: 32, by: 2).compactMap { Node.group(Array(pairs)[$0]).bounds?.minX })
        #expect(rows.count == 4)
        #expect(columns.count == 4)
        #expect(stickies.count > 32)
        #expect(scene.groups(prefixed: "arrow ").count > 16)
    }

    @Test("a large vocabulary shows the prompt's neighbourhood, and min-chance leaves out unlikely arrows")
    func neighbourhood() throws {
        let prose = try Self.model("prose.txt", overrides: ReadingOverrides(tokens: .words, documents: .paragraphs, lowercase: false))
        let scene = try scene(prose, prompt: ["I"])
        #expect(scene.description.contains("near “I”, two steps out"))
        #expect(scene.groups(prefixed: "arrow I ").count > 0)
        let fewer = try self.scene(prose, prompt: ["I"], minimumChance: 0.2)
        #expect(fewer.groups(prefixed: "arrow ").count < scene.groups(prefixed: "arrow ").count)
        #expect(fewer.description.contains("under 20% left out."))
        #expect(throws: InputError.self) { try self.scene(prose, prompt: ["purpel"]) }
    }

    @Test("the same model draws the same diagram")
    func repeatable() throws {
        let prose = try Self.model("prose.txt", overrides: ReadingOverrides(tokens: .words, documents: .paragraphs, lowercase: false))
        #expect(try scene(prose, prompt: ["I"]) == scene(prose, prompt: ["I"]))
    }
}

extension GraphFigureTests {
    @Test("a neighbourhood of context two is laid out in steps; a prompt no context ends in is the prompt's mistake")
    func neighbourhoodOfContextTwo() throws {
        let prose = try Self.model("prose.txt", overrides: ReadingOverrides(tokens: .words, documents: .paragraphs, lowercase: false), context: 2)
        let scene = try scene(prose, prompt: ["I"])
        let stickies = try #require(scene.group("states")).children.compactMap(\.bounds)
        // Each context's two stickies, centred on its step's column: the start, one step, two steps.
        let columns = Set(stride(from: 0, to: stickies.count - 1, by: 2).map {
            ((stickies[$0].minX + stickies[$0 + 1].maxX) / 2).rounded()
        })
        #expect(columns.count == 3)
        let error = try #require(throws: InputError.self) { try self.scene(prose, prompt: ["London", "You"]) }
        #expect(error.description.contains("prompt"))
    }
}

extension GraphFigureTests {
    /// Points along each arrow's line, from `first` to `last` of the way.
    static func arrowPoints(of scene: Scene, from first: Double = 0.1, to last: Double = 0.9) -> [(name: String, points: [Point])] {
        scene.groups(prefixed: "arrow ").compactMap { arrow in
            for leaf in arrow.leaves {
                guard case .path(let path, _) = leaf, path.elements.count == 2,
                      case .move(let start) = path.elements[0],
                      case .curve(let end, let control1, let control2) = path.elements[1] else { continue }
                let curve = BentArrow(start: start, control1: control1, control2: control2, end: end, color: .white, width: 1)
                return (arrow.name, stride(from: first, through: last, by: 0.05).map { curve.point(at: $0) })
            }
            return nil
        }
    }

    @Test("arrows bend round the nodes they do not visit",
          arguments: ["lesson", "context two", "sentences", "sentences, context two", "prose from I", "class",
                      "class, context two", "names"])
    func arrowsMissNodes(name: String) throws {
        let (_, model, prompt) = try #require(try Self.cases().first { $0.name == name })
        let scene = try scene(model, prompt: prompt)
        let nodes = try #require(scene.group("states")).children.compactMap(\.bounds)
        for (arrow, points) in Self.arrowPoints(of: scene) {
            let crossed = nodes.filter { node in points.contains { node.contains($0) } }
            #expect(crossed.isEmpty, "\(name): \(arrow) passes through \(crossed)")
        }
    }
}

extension GraphFigureTests {
    @Test("a prompt on a small model whose neighbourhood is the whole model keeps the whole model's layout")
    func promptOnTheLesson() throws {
        let whole = try scene(BuiltInLesson.pretrained, prompt: [])
        let fromBlue = try scene(BuiltInLesson.pretrained, prompt: ["blue"])
        #expect(whole.nodes == fromBlue.nodes)
    }
}

extension GraphFigureTests {
    @Test("a class's sentences with contexts of two words flow left to right, a column a step from where documents start")
    func sentencesFlow() throws {
        let model = try Self.model("sentences.txt", context: 2)
        let contexts = try GraphContexts(model: model, prompt: [], top: 12).contexts
        #expect(GraphLayout.gridIsSparse(contexts))
        let scene = try scene(model, prompt: [])
        let stickies = try #require(scene.group("states")).children.compactMap(\.bounds)
        // Each context's two stickies come first, in the contexts' order; its column by its centre.
        let centres = contexts.indices.map { ((stickies[2 * $0].minX + stickies[2 * $0 + 1].maxX) / 2).rounded() }
        let columnXs = Array(Set(centres)).sorted()
        let columns = centres.map { columnXs.firstIndex(of: $0)! }

        let arrows = GraphFigure.edges(of: model, among: contexts).compactMap { edge in
            edge.to.flatMap { $0 == edge.from ? nil : (from: edge.from, to: $0) }
        }
        let starts = contexts.indices.filter { context in !arrows.contains { $0.to == context } }
        #expect(!starts.isEmpty)
        #expect(starts.allSatisfy { columns[$0] == 0 })
        var distance = [Int?](repeating: nil, count: contexts.count)
        for start in starts { distance[start] = 0 }
        var queue = starts
        while !queue.isEmpty {
            let context = queue.removeFirst()
            for arrow in arrows where arrow.from == context && distance[arrow.to] == nil {
                distance[arrow.to] = distance[context]! + 1
                queue.append(arrow.to)
            }
        }
        #expect(distance.map { $0 ?? -1 } == columns, "each context in the column of its fewest steps from a start")
        #expect(columnXs.count > 3)

        // The grid of 9 × 9 cells was 2382 × 1308 points, as square as a grid; a flow is wide.
        let content = try #require(scene.contentBounds)
        #expect(content.width / content.height > 2.5, "\(content)")
    }

    @Test("context two's full grid stays a grid")
    func fullGridStaysGrid() throws {
        let contexts = try GraphContexts(model: LessonFixtures.contextTwo, prompt: [], top: 12).contexts
        #expect(contexts.count == 16)
        #expect(!GraphLayout.gridIsSparse(contexts))
    }

    @Test("in a model of cycles only, the flow starts from the fullest contexts")
    func flowOfCycles() {
        // 0 → 1 → 2 → 0, and 2 → 3 → 2: every context is led to.
        let flow = GraphFlow(count: 4, arrows: [(0, 1), (1, 2), (2, 0), (2, 3), (3, 2)], fullness: [1, 5, 2, 1], start: nil)
        #expect(flow.steps == [1, 0, 0, 1])
        let padded = GraphFlow(count: 4, arrows: [(0, 1), (1, 2), (2, 0), (2, 3), (3, 2)], fullness: [1, 5, 2, 1], start: 3)
        #expect(padded.steps == [2, 3, 1, 0])
    }
}

extension GraphFigureTests {
    /// A class's sentences of eleven words: small enough to show every context.
    static let elevenWords = Model(counting: try! DocumentsReader.read(InputText(name: "eleven.txt", text: """
        the cat sat on the mat
        a dog sat on a cat
        the dog saw a cat
        a cat saw the mat
        the bird sat on the log
        """)), contextLength: 1)

    /// Pairs of arrows drawn straight from centre to centre that cross: the tangle a
    /// layout leaves, whatever the bends.
    static func straightCrossings(_ arrows: [(from: Point, to: Point)]) -> Int {
        func side(_ a: Point, _ b: Point, _ c: Point) -> Double { (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) }
        var count = 0
        for (index, first) in arrows.enumerated() {
            for second in arrows[(index + 1)...] {
                let ends = [first.from, first.to]
                guard !ends.contains(second.from), !ends.contains(second.to) else { continue }
                if side(first.from, first.to, second.from) * side(first.from, first.to, second.to) < 0,
                   side(second.from, second.to, first.from) * side(second.from, second.to, first.to) < 0 { count += 1 }
            }
        }
        return count
    }

    @Test("eleven words flow in layers with a fraction of a ring's crossings, wider than tall")
    func layersUntangleARing() throws {
        let model = Self.elevenWords
        let contexts = try GraphContexts(model: model, prompt: [], top: 12).contexts
        #expect(contexts.count >= 10)
        #expect(contexts.count > GraphFigure.ringLimit)
        let edges = GraphFigure.edges(of: model, among: contexts)
        let arrows = edges.compactMap { edge in edge.to.flatMap { $0 == edge.from ? nil : (from: edge.from, to: $0) } }
        let sizes = contexts.map { _ in Size(width: 64, height: GraphLayout.stickyHeight) }
        let end = Size(width: 64, height: GraphLayout.stickyHeight)
        let ring = GraphLayout.ring(sizes: sizes, endSize: end)
        let flow = GraphFlow(count: contexts.count, arrows: arrows, fullness: contexts.map { model.bin(for: $0).total }, start: nil)
        let layers = GraphLayout.flow(flow, sizes: sizes, canEnd: contexts.map { _ in true }, endSize: end)
        let lines = { (layout: GraphLayout) in
            edges.filter { $0.to != $0.from }.map { edge in
                (from: layout.frames[edge.from].center, to: (edge.to.map { layout.frames[$0] } ?? layout.endFrames[edge.from]).center)
            }
        }
        let ringCrossings = Self.straightCrossings(lines(ring))
        let layerCrossings = Self.straightCrossings(lines(layers))
        #expect(layerCrossings * 3 <= ringCrossings, "layers \(layerCrossings), ring \(ringCrossings)")
        #expect(flow.crossings <= 4, "\(flow.crossings) crossings between columns")

        // On a slide: wider than tall, readable (the whole flow is too tall to read, so
        // a neighbourhood of it is shown).
        let scene = try scene(model, prompt: [])
        let content = try #require(scene.contentBounds)
        #expect(content.width > content.height, "\(content)")
        #expect(SlideGeometry(scene: Figure(name: "graph", slide: scene, on: .wide).scene).unreadableTexts.isEmpty)
    }

    @Test("the layers are the same for the same arrows, in whatever order they come")
    func layersAreDeterministic() throws {
        let arrows = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 2), (0, 4), (4, 3), (1, 5), (5, 2), (0, 3)].map { (from: $0.0, to: $0.1) }
        let first = GraphFlow(count: 6, arrows: arrows, fullness: [3, 1, 2, 1, 1, 1], start: nil)
        let again = GraphFlow(count: 6, arrows: arrows.reversed(), fullness: [3, 1, 2, 1, 1, 1], start: nil)
        #expect(first.steps == again.steps)
        #expect(first.rows == again.rows)
        #expect(try scene(Self.elevenWords, prompt: []) == scene(Self.elevenWords, prompt: []))
    }

    @Test("a chance lies on its own arrow alone: no other arrow runs through its plate", arguments: try cases().map { $0.name })
    func chancesClearOfOtherArrows(name: String) throws {
        let (_, model, prompt) = try #require(try Self.cases().first { $0.name == name })
        let scene = try scene(model, prompt: prompt)
        let plates = try #require(scene.group("chances")).groups.compactMap { Node.group($0).bounds }
        if name == "lesson" {
            // The colour lesson's ring of 20 arrows has no place clear of every other arrow
            // for each chance: every one is written all the same, on its own line.
            #expect(plates.count == 20)
            return
        }
        let lines = Self.arrowPoints(of: scene, from: 0, to: 1)
        for plate in plates {
            let through = lines.filter { $0.points.contains { plate.contains($0) } }.map(\.name)
            #expect(through.count <= 1, "\(name): \(through) run through the chance at \(plate)")
        }
    }

    @Test("a grid too large to read on a slide shows fewer contexts, and says so")
    func fewerContextsOnASlide() throws {
        let scene = try scene(LessonFixtures.contextTwo, prompt: [])
        #expect(scene.description.contains("other contexts left out"))
        #expect(SlideGeometry(scene: scene).unreadableTexts.isEmpty)
    }
}
