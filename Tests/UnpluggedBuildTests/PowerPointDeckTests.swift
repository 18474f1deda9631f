import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import UnpluggedBuild
import ZIPFoundation

private let manifest = """
    title: Colours & <shapes>
    output: img
    formats: [svg, png]
    decks: [pptx]
    inputs:
      colours: colours.txt
    figures:
      - kind: table
        input: colours
        name: first-table
      - kind: handout
        input: colours
      - kind: training
        input: colours
        document: 1
      - kind: table
        input: colours
        name: second-table

    """

/// slides.pptx read back as PowerPoint reads it: the parts of the ZIP, parsed.
private struct Package {
    let archive: Archive

    init(_ path: String) throws {
        let data = try #require(FileManager.default.contents(atPath: path))
        archive = try Archive(data: data, accessMode: .read)
    }

    /// Every entry's path, in the order stored.
    var paths: [String] { archive.map(\.path) }

    func bytes(_ path: String) throws -> Data {
        let entry = try #require(archive[path], "no part \(path)")
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    func xml(_ path: String) throws -> XMLDocument {
        try XMLDocument(data: bytes(path))
    }

    /// Every element named `name` (with its prefix, if any) in `path`, in document
    /// order; under the first element named `within`, when given.
    func elements(_ name: String, within: String? = nil, in path: String) throws -> [XMLElement] {
        func all(_ name: String, under node: XMLNode) -> [XMLElement] {
            ((node as? XMLElement)?.name == name ? [node as! XMLElement] : []) + (node.children ?? []).flatMap { all(name, under: $0) }
        }
        let root: XMLNode = try #require(xml(path).rootElement())
        return try all(name, under: within.map { try #require(all($0, under: root).first) } ?? root)
    }

    /// The values of `attribute` on every element named `name` in `path`, in order.
    /// (By the attributes' list: FoundationXML's `attribute(forName:)` misses an
    /// unprefixed attribute of an element in a default namespace.)
    func values(_ attribute: String, of name: String, in path: String) throws -> [String] {
        try elements(name, in: path).compactMap { $0.value(of: attribute) }
    }

    /// The text of every `a:t` run in `path`, joined.
    func text(in path: String) throws -> String {
        try elements("a:t", in: path).compactMap(\.stringValue).joined()
    }

    /// The part a relationship of `source` points at: its target resolved against the source's folder.
    func target(of id: String, in source: String) throws -> String {
        let folder = (source as NSString).deletingLastPathComponent
        let rels = "\(folder)/_rels/\((source as NSString).lastPathComponent).rels"
        let element = try #require(elements("Relationship", in: rels).first { $0.value(of: "Id") == id }, "\(source) has no \(id)")
        let target = try #require(element.value(of: "Target"))
        return (URL(fileURLWithPath: "/" + folder).appendingPathComponent(target).standardized.path as NSString).substring(from: 1)
    }
}

private extension XMLElement {
    func value(of attribute: String) -> String? {
        attributes?.first { $0.name == attribute }?.stringValue
    }
}

@Suite("PowerPoint deck")
struct PowerPointDeckTests {
    let folder: BuildFolder

    init() throws {
        folder = try BuildFolder(files: ["figures.yml": manifest, "colours.txt": "green blue\n"])
    }

    /// The figures' alt texts and captions as figures.md lists them, in order.
    private func figures() throws -> [(name: String, caption: String, alt: String)] {
        let text = try #require(folder.text("img/figures.md"))
        let regex = try NSRegularExpression(pattern: ":name: ([^\n]+)\n\n([^\n]+)\n")
        let alts = try NSRegularExpression(pattern: ":alt: ([^\n]+)\n")
        let range = NSRange(text.startIndex..., in: text)
        let named = regex.matches(in: text, range: range).map { match in
            (String(text[Range(match.range(at: 1), in: text)!]), String(text[Range(match.range(at: 2), in: text)!]))
        }
        let alt = alts.matches(in: text, range: range).map { String(text[Range($0.range(at: 1), in: text)!]) }
        return zip(named, alt).map { (name: $0.0, caption: $0.1, alt: $1) }.filter { $0.name != "handout" }
    }

    @Test("a title slide, then a slide per figure file in order: caption as title, alt text as description and notes")
    func slides() throws {
        let (plan, _) = try folder.build()
        #expect(plan.writes.contains("slides.pptx"))
        #expect(folder.text("img/index.html")?.contains("<a href=\"slides.pptx\">slides.pptx</a>") == true)
        let deck = try Package(folder.path("img/slides.pptx"))
        let figures = try figures()
        #expect(figures.map(\.name) == ["first-table", "training-demo00", "training-demo01", "training-demo02", "training-demo03", "second-table"])

        let presentation = "ppt/presentation.xml"
        let slideIDs = try deck.values("r:id", of: "p:sldId", in: presentation)
        #expect(slideIDs.count == figures.count + 1)
        let slides = try slideIDs.map { try deck.target(of: $0, in: presentation) }
        #expect(try deck.text(in: slides[0]) == "Colours & <shapes>")
        #expect(try deck.values("type", of: "p:ph", in: slides[0]) == ["ctrTitle"])
        for (slide, figure) in zip(slides.dropFirst(), figures) {
            #expect(try deck.values("type", of: "p:ph", in: slide) == ["title"])
            #expect(try deck.text(in: slide) == figure.caption)
            #expect(try deck.values("descr", of: "p:cNvPr", in: slide) == [figure.alt])
            let picture = try deck.target(of: try #require(deck.values("r:embed", of: "a:blip", in: slide).first), in: slide)
            #expect(try deck.bytes(picture) == FileManager.default.contents(atPath: folder.path("img/\(figure.name).png")))
            let notes = try deck.target(of: "rId3", in: slide)
            #expect(try deck.text(in: notes) == figure.alt)
            #expect(try deck.values("type", of: "p:ph", in: notes) == ["sldImg", "body"])
            #expect(try deck.target(of: "rId2", in: notes) == slide)
        }
        #expect(try deck.values("cx", of: "p:sldSz", in: presentation) == ["12192000"])
        #expect(try deck.values("cy", of: "p:sldSz", in: presentation) == ["6858000"])
    }

    @Test("the parts are typed, every relationship resolves, each distinct PNG is stored once")
    func structure() throws {
        try folder.build()
        let deck = try Package(folder.path("img/slides.pptx"))
        let paths = deck.paths
        #expect(paths.first == "[Content_Types].xml")
        #expect(Set(paths).count == paths.count)
        let typed = try deck.values("PartName", of: "Override", in: "[Content_Types].xml").map { String($0.dropFirst()) }
        #expect(Set(typed) == Set(paths.filter { $0.hasSuffix(".xml") && $0 != "[Content_Types].xml" }))
        #expect(try deck.values("Extension", of: "Default", in: "[Content_Types].xml") == ["rels", "xml", "png"])
        for rels in paths where rels.hasSuffix(".rels") {
            let source = rels == "_rels/.rels" ? "" : rels.replacingOccurrences(of: "_rels/", with: "").dropLast(5)
            for id in try deck.values("Id", of: "Relationship", in: rels) {
                let target = source.isEmpty ? try #require(deck.values("Target", of: "Relationship", in: rels).first)
                    : try deck.target(of: id, in: String(source))
                #expect(paths.contains(target), "\(rels) \(id) points at \(target), which is not in the deck")
            }
        }
        // The two tables are the same picture: one image, two slides.
        let media = paths.filter { $0.hasPrefix("ppt/media/") }
        #expect(media.count == 5)
        #expect(try deck.target(of: "rId2", in: "ppt/slides/slide2.xml") == deck.target(of: "rId2", in: "ppt/slides/slide7.xml"))
    }

    @Test("every entry is stored with the same date, so a forced build gives the same bytes")
    func sameBytes() throws {
        try folder.build()
        let deck = try Package(folder.path("img/slides.pptx"))
        #expect(deck.archive.allSatisfy { $0.isCompressed == false })
        let dates = Set(deck.archive.map { $0.fileAttributes[.modificationDate] as? Date })
        #expect(dates == [PowerPointDeck.entryDate])
        let before = folder.stamps()
        let again = try folder.build(force: true)
        #expect(again.plan.writes.isEmpty)
        #expect(folder.stamps() == before)
    }

    @Test("a build with nothing changed leaves slides.pptx; a changed figure repacks it; a dry run says so and writes nothing")
    func incremental() throws {
        try folder.build()
        let before = folder.stamps()
        let again = try folder.build()
        #expect(again.plan.writes.isEmpty && again.drawn.isEmpty)
        #expect(folder.stamps() == before)

        try folder.write("green blue blue\n", to: "colours.txt")
        let dry = try folder.build(dryRun: true)
        #expect(dry.plan.writes.contains("slides.pptx"))
        #expect(folder.stamps() == before)
        try folder.build()
        let deck = try Package(folder.path("img/slides.pptx"))
        #expect(try deck.bytes("ppt/media/image1.png") == FileManager.default.contents(atPath: folder.path("img/first-table.png")))
        #expect(try deck.values("r:id", of: "p:sldId", in: "ppt/presentation.xml").count == 9)
    }

    @Test("pptx dropped from decks removes slides.pptx; a deck someone replaced is packed again")
    func droppedAndReplaced() throws {
        try folder.build()
        try folder.write("not a deck", to: "img/slides.pptx")
        let (plan, drawn) = try folder.build()
        #expect(plan.writes == ["slides.pptx"] && drawn.isEmpty)
        #expect(try Package(folder.path("img/slides.pptx")).paths.count > 10)

        try folder.write(manifest.replacingOccurrences(of: "decks: [pptx]", with: "decks: [html]"), to: "figures.yml")
        let dropped = try folder.build()
        #expect(dropped.plan.removals == ["slides.pptx"])
        #expect(!folder.exists("img/slides.pptx"))
        #expect(folder.text("img/\(BuildRecord.fileName)")?.contains("powerPointKey") == false)
    }

    @Test("slide-captions: false puts each title above the slide, still the slide's title, and the picture takes its room")
    func captionsOff() throws {
        try folder.write(manifest.replacingOccurrences(of: "title: Colours & <shapes>\n", with: "slide-captions: false\n"), to: "figures.yml")
        try folder.build()
        let deck = try Package(folder.path("img/slides.pptx"))
        #expect(try deck.values("r:id", of: "p:sldId", in: "ppt/presentation.xml").count == 6)
        let title = try #require(deck.elements("a:off", within: "p:sp", in: "ppt/slides/slide1.xml").first)
        #expect(Int(title.value(of: "y") ?? "") ?? 0 < 0)
        #expect(try deck.text(in: "ppt/slides/slide1.xml") == figures().first?.caption)
    }
}

@Suite("PowerPoint deck placing")
struct PowerPointPlacingTests {
    @Test("a picture is as large as the room allows, its shape kept, centred")
    func placing() {
        let area = PowerPointParts.Box(x: 100, y: 1000, width: 1600, height: 900)
        func size(_ width: Int, _ height: Int) -> PNGSize { PNGSize(of: DumpDrawer.pngOpening(width: width, height: height))! }
        #expect(PowerPointParts.place(size(400, 100), in: area) == .init(x: 100, y: 1250, width: 1600, height: 400))
        #expect(PowerPointParts.place(size(100, 300), in: area) == .init(x: 750, y: 1000, width: 300, height: 900))
        #expect(PowerPointParts.pictureArea(captions: true).y > PowerPointParts.titleBox.y + PowerPointParts.titleBox.height)
        #expect(PowerPointParts.pictureArea(captions: false).height > PowerPointParts.pictureArea(captions: true).height)
    }

    @Test("a PNG's size is read from its header; other bytes are not a PNG")
    func sizes() {
        let size = PNGSize(of: DumpDrawer.pngOpening(width: 1234, height: 70_000))
        #expect(size?.width == 1234 && size?.height == 70_000)
        #expect(PNGSize(of: Array("<svg width=\"10\"/>".utf8)) == nil)
        #expect(PNGSize(of: DumpDrawer.pngOpening(width: 0, height: 5)) == nil)
    }

    @Test("text in the XML is escaped, and characters XML cannot hold are left out")
    func escaping() {
        #expect(XMLText.escaped("a & <b> \"c\" 'd'\u{1}\u{7}\té") == "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;\té")
    }
}
