import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import UnpluggedBuild
import UnpluggedFigures
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
        #expect(dates == [StoredZip.entryDate])
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

/// A `DumpDrawer` whose GIFs open as a GIF does, with their size: the deck places a
/// sequence's GIF by it.
private struct GIFDumpDrawer: FigureDrawer {
    let dump = DumpDrawer()

    var measurer: any TextMeasuring { dump.measurer }

    func bytes(of job: RenderJob) throws -> [UInt8] {
        let bytes = try dump.bytes(of: job)
        guard job.format == .gif, let scene = job.pages.first else { return bytes }
        let width = Int(scene.size.width * job.scale), height = Int(scene.size.height * job.scale)
        return Array("GIF89a".utf8) + [UInt8(width & 0xff), UInt8(width >> 8), UInt8(height & 0xff), UInt8(height >> 8)] + bytes
    }
}

@Suite("PowerPoint deck's parts and look")
struct PowerPointPartsTests {
    let folder: BuildFolder

    init() throws {
        folder = try BuildFolder(files: ["figures.yml": manifest, "colours.txt": "green blue\n"])
    }

    @Test("core and app properties, presentation and view properties, table styles: typed and tied to the package")
    func properties() throws {
        try folder.build()
        let deck = try Package(folder.path("img/slides.pptx"))
        #expect(try deck.elements("dc:title", in: "docProps/core.xml").map(\.stringValue) == ["Colours & <shapes>"])
        #expect(try deck.elements("dc:creator", in: "docProps/core.xml").map(\.stringValue) == ["unplugged"])
        #expect(try deck.elements("dcterms:created", in: "docProps/core.xml").map(\.stringValue) == ["1980-01-01T00:00:00Z"])
        #expect(try deck.elements("dcterms:modified", in: "docProps/core.xml").map(\.stringValue) == ["1980-01-01T00:00:00Z"])
        #expect(try deck.elements("Application", in: "docProps/app.xml").map(\.stringValue) == ["unplugged"])
        #expect(try deck.elements("Slides", in: "docProps/app.xml").map(\.stringValue) == ["7"])
        #expect(try deck.elements("Notes", in: "docProps/app.xml").map(\.stringValue) == ["6"])
        // The titles of the parts: the font, the theme, then each slide's title, as the heading pairs count them.
        let titles = try deck.elements("vt:lpstr", within: "TitlesOfParts", in: "docProps/app.xml").compactMap(\.stringValue)
        let counts = try deck.elements("vt:i4", within: "HeadingPairs", in: "docProps/app.xml").compactMap { Int($0.stringValue ?? "") }
        #expect(counts == [1, 1, 7] && titles.count == 9)
        let slides = try deck.values("r:id", of: "p:sldId", in: "ppt/presentation.xml").map { try deck.target(of: $0, in: "ppt/presentation.xml") }
        #expect(try titles == ["Arial", "Unplugged"] + slides.map { try deck.text(in: $0) })
        let package = try deck.values("Target", of: "Relationship", in: "_rels/.rels")
        #expect(package == ["ppt/presentation.xml", "docProps/core.xml", "docProps/app.xml"])
        let presentation = try deck.values("Target", of: "Relationship", in: "ppt/_rels/presentation.xml.rels")
        for part in ["presProps.xml", "viewProps.xml", "tableStyles.xml"] {
            #expect(presentation.contains(part))
        }
        #expect(try deck.elements("p:presentationPr", in: "ppt/presProps.xml").count == 1)
        #expect(try deck.elements("p:normalViewPr", in: "ppt/viewProps.xml").count == 1)
        #expect(try deck.xml("ppt/tableStyles.xml").rootElement()?.name == "a:tblStyleLst")
        let types = Dictionary(uniqueKeysWithValues: zip(try deck.values("PartName", of: "Override", in: "[Content_Types].xml"),
                                                         try deck.values("ContentType", of: "Override", in: "[Content_Types].xml")))
        #expect(types["/docProps/core.xml"] == "application/vnd.openxmlformats-package.core-properties+xml")
        #expect(types["/docProps/app.xml"] == "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        #expect(types["/ppt/presProps.xml"] == "application/vnd.openxmlformats-officedocument.presentationml.presProps+xml")
        #expect(types["/ppt/viewProps.xml"] == "application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml")
        #expect(types["/ppt/tableStyles.xml"] == "application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml")
    }

    @Test("a Title Slide layout for the title, a Title and Picture layout for every figure")
    func layouts() throws {
        try folder.build()
        let deck = try Package(folder.path("img/slides.pptx"))
        let master = "ppt/slideMasters/slideMaster1.xml"
        let layouts = try deck.values("r:id", of: "p:sldLayoutId", in: master).map { try deck.target(of: $0, in: master) }
        #expect(layouts == ["ppt/slideLayouts/slideLayout1.xml", "ppt/slideLayouts/slideLayout2.xml"])
        #expect(try deck.values("name", of: "p:cSld", in: layouts[0]) == ["Title Slide"])
        #expect(try deck.values("type", of: "p:ph", in: layouts[0]) == ["ctrTitle"])
        #expect(try deck.values("name", of: "p:cSld", in: layouts[1]) == ["Title and Picture"])
        #expect(try deck.values("type", of: "p:ph", in: layouts[1]) == ["title", "pic"])
        for layout in layouts {
            #expect(try deck.target(of: "rId1", in: layout) == master)
        }
        let slides = try deck.values("r:id", of: "p:sldId", in: "ppt/presentation.xml").map { try deck.target(of: $0, in: "ppt/presentation.xml") }
        #expect(try deck.target(of: "rId1", in: slides[0]) == layouts[0])
        for slide in slides.dropFirst() {
            #expect(try deck.target(of: "rId1", in: slide) == layouts[1])
        }
    }

    @Test("the manifest's top-level theme colours the slides' background and titles, as in the other decks")
    func theme() throws {
        func colours() throws -> (background: [String], title: [String]) {
            let deck = try Package(folder.path("img/slides.pptx"))
            let master = "ppt/slideMasters/slideMaster1.xml"
            return (try deck.elements("a:srgbClr", within: "p:bg", in: master).compactMap { $0.value(of: "val") },
                    try deck.elements("a:srgbClr", within: "p:titleStyle", in: master).compactMap { $0.value(of: "val") })
        }
        try folder.build()
        #expect(try colours() == (["FFFFFF"], ["262626"]))
        try folder.write("theme: dark\n" + manifest, to: "figures.yml")
        let dark = try folder.build()
        #expect(dark.plan.writes.contains("slides.pptx"))
        #expect(try colours() == (["1E1F22"], ["E8E8E8"]))
        // An entry drawn light does not change the deck: the top-level theme decides.
        try folder.write("theme: dark\n" + manifest.replacingOccurrences(of: "name: second-table\n", with: "name: second-table\n    theme: light\n"),
                         to: "figures.yml")
        try folder.build()
        #expect(try colours() == (["1E1F22"], ["E8E8E8"]))
    }

    @Test("titles shrink on overflow, and a long caption is written small enough to fit its box")
    func longTitles() throws {
        let long = String(repeating: "Colours and shapes of a long title ", count: 6)
        try folder.write(manifest.replacingOccurrences(of: "title: Colours & <shapes>", with: "title: \(long)"), to: "figures.yml")
        try folder.build()
        let deck = try Package(folder.path("img/slides.pptx"))
        let slide = "ppt/slides/slide1.xml"
        #expect(try deck.elements("a:normAutofit", in: slide).count == 1)
        let size = try #require(Int(deck.values("sz", of: "a:rPr", in: slide).first ?? ""))
        #expect(size < 4400)
        let box = PowerPointParts.openingTitleBox
        #expect(PowerPointTitleSize.lines(long, size: size, width: box.width - 182_880) * size * 12 / 10 * 127 <= box.height - 91_440)
        // A short caption keeps the master's 28 points.
        #expect(try deck.values("sz", of: "a:rPr", in: "ppt/slides/slide2.xml").isEmpty)
        #expect(try deck.elements("a:normAutofit", in: "ppt/slideLayouts/slideLayout2.xml").count == 1)
    }

    @Test("a title's size: the largest that fits, in two-point steps; wrapped at spaces; a word longer than a line broken")
    func titleSizes() {
        let box = PowerPointParts.titleBox
        #expect(PowerPointTitleSize.fitting("Table of next words", width: box.width, height: box.height, largest: 2800) == 2800)
        let caption = "Training, step 12 of 40: after the context green blue purple comes blue, so a ball goes in the bin"
        let size = PowerPointTitleSize.fitting(caption, width: box.width, height: box.height, largest: 2800)
        #expect(size < 2800 && size >= 1200 && size % 200 == 0)
        #expect(PowerPointTitleSize.lines(caption, size: size, width: box.width - 182_880) == 2)
        // Two points larger, its lines no longer fit the box's height.
        let larger = size + 200
        #expect(PowerPointTitleSize.lines(caption, size: larger, width: box.width - 182_880) * larger * 12 / 10 * 127 > box.height - 91_440)
        #expect(PowerPointTitleSize.lines("a b", size: 2800, width: 10_000_000) == 1)
        // 200 W of 1.103 em at 28 points are 6177 points long: 8 lines of 787 points.
        #expect(PowerPointTitleSize.lines(String(repeating: "W", count: 200), size: 2800, width: 10_000_000) == 8)
        #expect(PowerPointTitleSize.fitting(String(repeating: "W", count: 5000), width: box.width, height: box.height, largest: 2800) == 1200)
    }

    @Test("a sequence animated has a slide showing its GIF before its frames, which stay slides")
    func animatedSequence() throws {
        try folder.write(manifest.replacingOccurrences(of: "formats: [svg, png]", with: "formats: [svg, png, gif]"), to: "figures.yml")
        try Builder(manifest: try Manifest.load(folder.path("figures.yml")), drawer: GIFDumpDrawer(), tool: "unplugged test").run()
        let deck = try Package(folder.path("img/slides.pptx"))
        let slides = try deck.values("r:id", of: "p:sldId", in: "ppt/presentation.xml").map { try deck.target(of: $0, in: "ppt/presentation.xml") }
        #expect(slides.count == 8)
        let names = try slides.dropFirst().map { try deck.values("name", of: "p:cNvPr", in: $0).last ?? "" }
        #expect(names == ["first-table.png", "training-demo.gif", "training-demo00.png", "training-demo01.png", "training-demo02.png",
                          "training-demo03.png", "second-table.png"])
        let gifSlide = slides[2]
        #expect(try deck.text(in: gifSlide) == "Training, animated")
        let alt = "The 4 frames of the slides that follow, played one after another, looping."
        #expect(try deck.values("descr", of: "p:cNvPr", in: gifSlide) == [alt])
        #expect(try deck.text(in: deck.target(of: "rId3", in: gifSlide)) == alt)
        let picture = try deck.target(of: "rId2", in: gifSlide)
        #expect(picture.hasSuffix(".gif"))
        #expect(try deck.bytes(picture) == FileManager.default.contents(atPath: folder.path("img/training-demo.gif")))
        #expect(try deck.values("Extension", of: "Default", in: "[Content_Types].xml") == ["rels", "xml", "png", "gif"])
        #expect(try deck.values("ContentType", of: "Default", in: "[Content_Types].xml").last == "image/gif")
    }

    @Test("a figure too small for a 1920-pixel projector is drawn again for the deck, sharper; its own file stays as asked")
    func sharperPictures() throws {
        try folder.write("title: Stickies\noutput: img\nformats: [png]\ndecks: [pptx]\ninputs:\n  colours: colours.txt\n"
                         + "figures:\n  - kind: stickies\n    input: colours\n", to: "figures.yml")
        let (_, drawn) = try folder.build()
        // Each sticky's own PNG at scale 2, and each once more for the deck.
        let stickies = folder.listing().filter { $0.hasSuffix(".png") }
        #expect(!stickies.isEmpty && drawn == (stickies + stickies).sorted())
        let deckFile = try #require(Package(folder.path("img/slides.pptx")).values("name", of: "p:cNvPr", in: "ppt/slides/slide2.xml").last)
        let ownBytes = try #require(FileManager.default.contents(atPath: folder.path("img/\(deckFile)")))
        let own = try #require(PNGSize(of: Array(ownBytes)))
        let deck = try Package(folder.path("img/slides.pptx"))
        let media = try deck.target(of: "rId2", in: "ppt/slides/slide2.xml")
        let picture = try deck.bytes(media)
        let size = try #require(PNGSize(of: Array(picture)))
        let covered = PowerPointPictures.coveredWidth(of: own, captions: true)
        #expect(own.width < covered)
        #expect(size.width >= covered && size.width <= covered + 2)
        #expect(size.width * own.height / own.width - size.height <= 1)
        #expect(String(decoding: picture, as: UTF8.self).contains("png at "))
        // A figure as wide as the projector shows is used as drawn.
        #expect(PowerPointPictures.sharperScale(for: PNGSize(of: DumpDrawer.pngOpening(width: 1920, height: 1080))!, drawnAt: 2,
                                                captions: true) == nil)
        #expect(PowerPointPictures.sharperScale(for: PNGSize(of: DumpDrawer.pngOpening(width: 960, height: 540))!, drawnAt: 1,
                                                captions: false) != nil)
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
