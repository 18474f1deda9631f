import Foundation
import Testing
import UnpluggedFigures
import UnpluggedModel

/// What a figure must never do, whatever it draws: leave the canvas, overlap balls,
/// push a ball through a bin's wall, or write a word past the edge of its sticky.
@Suite("Figure geometry")
struct FigureGeometryTests {
    enum Input: String, CaseIterable, CustomTestStringConvertible {
        case lesson, contextTwo, names, prose, sentences, sentencesContextTwo, namesFile, proseFile, twoHalves

        var testDescription: String { rawValue }

        func figures() throws -> [Figure] {
            switch self {
            case .lesson:
                return try LessonFixtures.everyKind(of: BuiltInLesson.pretrained, corpus: BuiltInLesson.corpus, prompt: ["blue"])
            case .contextTwo:
                return try LessonFixtures.everyKind(of: LessonFixtures.contextTwo, corpus: nil, prompt: ["green", "pink"])
            case .names:
                let model = Model(counting: LessonFixtures.names)
                return try LessonFixtures.everyKind(of: model, corpus: LessonFixtures.names, prompt: ["m"])
            case .prose:
                let model = Model(counting: LessonFixtures.prose)
                return try LessonFixtures.everyKind(of: model, corpus: LessonFixtures.prose, prompt: ["the"])
            case .sentences, .sentencesContextTwo:
                let corpus = try LessonFixtures.fixture("sentences.txt")
                let contextLength = self == .sentences ? 1 : 2
                return try LessonFixtures.everyKind(of: Model(counting: corpus, contextLength: contextLength), corpus: corpus,
                                                    prompt: Array(["the", "cat"].prefix(contextLength)))
            case .namesFile:
                let corpus = try LessonFixtures.fixture("names.txt")
                return try LessonFixtures.everyKind(of: Model(counting: corpus), corpus: corpus, prompt: ["a"])
            case .twoHalves:
                let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                    .appendingPathComponent("../../Figures/two-halves").path
                let left = try Lesson.load(folder + "/left.txt")
                let right = try Lesson.load(folder + "/right.txt")
                var asTable = FigureOptions()
                asTable.comparedAs = .table
                let bins = try FigureRequest(kind: .compare, options: FigureOptions())
                    .figures(of: left, comparedWith: right, measurer: LessonFixtures.measurer)
                let table = try FigureRequest(kind: .compare, options: asTable)
                    .figures(of: left, comparedWith: right, measurer: LessonFixtures.measurer)
                return bins + table
            case .proseFile:
                let corpus = try LessonFixtures.fixture("prose.txt")
                return try LessonFixtures.everyKind(of: Model(counting: corpus), corpus: corpus, prompt: ["i"])
            }
        }
    }

    @Test("nothing leaves the canvas", arguments: Input.allCases)
    func insideTheCanvas(input: Input) throws {
        for figure in try input.figures() {
            let canvas = Rect(x: 0, y: 0, width: figure.scene.size.width, height: figure.scene.size.height)
            for node in figure.scene.nodes {
                guard let bounds = node.bounds else { continue }
                #expect(canvas.insetBy(-0.01).contains(bounds), "\(figure.name): \(bounds) leaves \(canvas)")
            }
        }
    }

    @Test("no ball overlaps another or a bin's wall", arguments: Input.allCases)
    func ballsRestApart(input: Input) throws {
        for figure in try input.figures() {
            for bin in figure.scene.groups(prefixed: "bin ") {
                let balls = bin.balls
                for (index, ball) in balls.enumerated() {
                    for other in balls[(index + 1)...] {
                        let dx = ball.center.x - other.center.x, dy = ball.center.y - other.center.y
                        #expect((dx * dx + dy * dy).squareRoot() >= ball.radius + other.radius - 0.001,
                                "\(figure.name) \(bin.name): balls at \(ball.center) and \(other.center) overlap")
                    }
                    let corners = try #require(bin.outline, "\(bin.name) has a trapezoid")
                    #expect(distanceInside(ball.center, polygon: corners) >= ball.radius,
                            "\(figure.name) \(bin.name): the ball at \(ball.center) crosses a wall")
                }
            }
        }
    }

    @Test("every written word stays on its sticky", arguments: Input.allCases)
    func wordsFitTheirStickies(input: Input) throws {
        for figure in try input.figures() {
            for sticky in figure.scene.groups(prefixed: "sticky ") {
                let note = try #require(sticky.note, "\(sticky.name) has a note")
                for text in sticky.texts {
                    #expect(note.insetBy(-0.01).contains(text.frame),
                            "\(figure.name) \(sticky.name): \(text.frame) runs off \(note)")
                }
            }
        }
    }

    @Test("every figure has a title and alt text", arguments: Input.allCases)
    func described(input: Input) throws {
        for figure in try input.figures() {
            #expect(!figure.scene.title.isEmpty)
            #expect(figure.scene.description.count > 20, "\(figure.name)")
        }
    }

    /// How far `point` is inside a convex polygon (negative outside): the distance to
    /// its nearest edge.
    func distanceInside(_ point: Point, polygon: [Point]) -> Double {
        // Clockwise or anticlockwise, the sign of the area tells which side is inside.
        let area = zip(polygon, polygon.dropFirst() + [polygon[0]]).map { $0.x * $1.y - $1.x * $0.y }.reduce(0, +)
        let inward = area > 0 ? 1.0 : -1.0
        return zip(polygon, polygon.dropFirst() + [polygon[0]]).map { a, b in
            let ex = b.x - a.x, ey = b.y - a.y
            let length = (ex * ex + ey * ey).squareRoot()
            return inward * (ex * (point.y - a.y) - ey * (point.x - a.x)) / length
        }.min() ?? 0
    }
}

extension Group {
    /// A bin's trapezoid: the corners of its first path.
    var outline: [Point]? {
        for leaf in leaves { if case .path(let path, _) = leaf { return path.points } }
        return nil
    }

    /// A sticky's note: its last rectangle (after the shadow).
    var note: Rect? {
        leaves.compactMap { if case .rectangle(let rect, _, _) = $0 { rect } else { nil } }.last
    }
}
