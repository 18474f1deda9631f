import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// A small scene with every node kind: shapes, a curve, text and a faded group.
private func sampleScene(title: String = "Sample", fill: Color = Color(hex: "#4a86e8")) -> Scene {
    var curve = Path()
    curve.move(to: Point(x: 10, y: 90))
    curve.curve(to: Point(x: 190, y: 90), control1: Point(x: 60, y: 20), control2: Point(x: 140, y: 20))
    return Scene(
        size: Size(width: 200, height: 100), title: title, description: "A blue square & a curve <for tests>.",
        nodes: [
            .rectangle(Rect(x: 50, y: 10, width: 100, height: 80), cornerRadius: 4, style: Style(fill: fill)),
            .path(curve, style: Style(stroke: Stroke(.black, width: 2, dash: [4, 2]))),
            .group(Group("faded", opacity: 0.5, children: [
                .circle(center: Point(x: 20, y: 20), radius: 8, style: Style(fill: .black, stroke: Stroke(.white))),
            ])),
            .text(TextRun("Unplugged", font: Font(size: 12, weight: .bold), color: .black,
                          frame: Rect(x: 60, y: 40, width: 80, height: 14))),
        ])
}

@Suite("Cairo renderer")
struct RendererTests {
    let renderer = CairoRenderer()

    @Test("a PNG has scale × size pixels and the scene's colours", arguments: [1.0, 2.0, 3.0])
    func pngSizeAndColour(scale: Double) throws {
        let png = try #require(DecodedPNG(try renderer.png(sampleScene(), scale: scale)))
        #expect(png.width == Int(200 * scale))
        #expect(png.height == Int(100 * scale))
        #expect(png.hex(x: Int(100 * scale), y: Int(20 * scale)) == "#4a86e8")
        #expect(png.hex(x: 2, y: Int(98 * scale)) == "#ffffff")
    }

    @Test("PNG scale is 2 by default")
    func defaultScale() throws {
        let png = try #require(DecodedPNG(try renderer.png(sampleScene())))
        #expect(png.width == 400)
    }

    @Test("a scene without background gives a transparent PNG")
    func transparentPNG() throws {
        var scene = sampleScene()
        scene.background = nil
        let png = try #require(DecodedPNG(try renderer.png(scene)))
        #expect(png.alpha(x: 2, y: 196) == 0)
        #expect(png.alpha(x: 200, y: 40) == 255)
    }

    @Test("an SVG is well-formed XML whose title and desc come first")
    func svgIsLabelled() throws {
        let svg = try renderer.svg(sampleScene(title: "Sticky note: blue"))
        let elements = try XMLElements(Data(svg))
        #expect(elements.names.first == "svg")
        #expect(Array(elements.names.dropFirst().prefix(2)) == ["title", "desc"])
        #expect(elements.text["title"] == "Sticky note: blue")
        #expect(elements.text["desc"] == "A blue square & a curve <for tests>.")
    }

    @Test("a PDF starts with %PDF and has one page per scene", arguments: [1, 3])
    func pdfPages(count: Int) throws {
        let scenes = (0..<count).map { sampleScene(title: "Page \($0)") }
        let pdf = try renderer.pdf(scenes)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        let text = String(decoding: pdf, as: UTF8.self)
        let pages = text.matches(of: /\/Type\s*\/Page[^s]/).count
        #expect(pages == count)
    }

    @Test("a PDF page is the scene's size, in points")
    func pdfPageSize() throws {
        let text = String(decoding: try renderer.pdf([sampleScene()]), as: UTF8.self)
        #expect(text.contains("/MediaBox [ 0 0 200 100 ]"))
    }

    @Test("the same scene gives the same bytes however many were drawn before it")
    func repeatableWithinProcess() throws {
        let first = (try renderer.svg(sampleScene()), try renderer.png(sampleScene()), try renderer.pdf([sampleScene()]))
        for index in 0..<20 { _ = try renderer.svg(sampleScene(title: "other \(index)")) }
        #expect(try renderer.svg(sampleScene()) == first.0)
        #expect(try renderer.png(sampleScene()) == first.1)
        #expect(try renderer.pdf([sampleScene()]) == first.2)
    }

    @Test("a scale outside (0, 16] is refused")
    func badScale() {
        #expect(throws: RenderError.self) { try renderer.png(sampleScene(), scale: 0) }
    }
}

/// The element names of an XML document in document order, and the text of each.
private struct XMLElements {
    var names: [String] = []
    var text: [String: String] = [:]

    init(_ data: Data) throws {
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.propertyListReadCorrupt)
        }
        names = collector.names
        text = collector.text
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var names: [String] = []
        var text: [String: String] = [:]
        private var current: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            names.append(name)
            current = name
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current { text[current, default: ""] += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            current = nil
        }
    }
}
