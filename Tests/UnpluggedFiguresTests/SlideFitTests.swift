import Foundation
import Testing
import UnpluggedFigures
import UnpluggedModel

/// Slide figures of four teachers' corpora — a class's sentences with capitals and full
/// stops, a few paragraphs of prose, a names list by letter, and the sentences with
/// contexts of two words — shown as large as they fit on a 1920 × 1080 projector: 16:9,
/// nothing off the slide; and, for the kinds `fittedKinds` lists, no text on another, a
/// legend of at most 8 lines, no text out of its sticky or ball and no text under 16 pixels.
@Suite("Slide geometry on teachers' corpora")
struct SlideFitTests {
    static let corpora: [(name: String, file: String, context: Int)] = [
        ("class", "class.txt", 1),
        ("prose", "prose.txt", 1),
        ("names", "names.txt", 1),
        ("class, context two", "class.txt", 2),
    ]

    /// The figures of every slide kind of one corpus.
    static func figures(of index: Int) throws -> [Figure] {
        let (_, file, context) = corpora[index]
        let corpus = try LessonFixtures.fixture(file)
        let model = Model(counting: corpus, contextLength: context)
        return try LessonFixtures.everyKind(of: model, corpus: corpus).filter { !$0.name.hasPrefix("sticky-") }
    }

    @Test("16:9, nothing off the slide", arguments: 0..<4)
    func slides(corpus: Int) throws {
        for figure in try Self.figures(of: corpus) {
            let geometry = SlideGeometry(scene: figure.scene)
            let name = "\(Self.corpora[corpus].name): \(figure.name)"
            #expect(figure.scene.size == Page.wide.size, "\(name)")
            #expect(abs(geometry.aspect - 16.0 / 9) < 1e-9, "\(name)")
            #expect(geometry.offCanvas.isEmpty, "\(name): \(geometry.offCanvas.prefix(5))")
        }
    }

    /// The kinds laid out for their slide: on every corpus, each text reads from the back row.
    static let fittedKinds = ["table", "chances", "temperature", "tokens", "graph", "bins", "generation", "training",
                              "overview"]

    @Test("no text under 16 pixels on a 1920 × 1080 projector, none on another or out of its sticky or ball, a legend of at most 8 lines",
          arguments: 0..<4)
    func readable(corpus: Int) throws {
        for figure in try Self.figures(of: corpus) where Self.fittedKinds.contains(where: figure.name.hasPrefix) {
            let geometry = SlideGeometry(scene: figure.scene)
            let name = "\(Self.corpora[corpus].name): \(figure.name)"
            #expect(geometry.unreadableTexts.isEmpty, "\(name): \(geometry.unreadableTexts.prefix(5))")
            #expect(geometry.overlappingTexts.isEmpty, "\(name): \(geometry.overlappingTexts.prefix(5))")
            #expect(geometry.textsOutsideTheirBoxes.isEmpty, "\(name): \(geometry.textsOutsideTheirBoxes.prefix(5))")
            #expect(geometry.legendLines <= 8, "\(name): a legend of \(geometry.legendLines) lines")
        }
    }
}
