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
        let scene = try scene(LessonFixtures.contextTwo, prompt: [])
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
          arguments: ["lesson", "context two", "sentences", "sentences, context two", "prose from I"])
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
