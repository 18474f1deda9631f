/// The XML parts of the PowerPoint deck, written here by hand and kept to what
/// PowerPoint, LibreOffice and python-pptx need: one slide master with one "title
/// only" layout and its theme, one notes master with its own theme (PowerPoint wants a
/// theme per master), the slides and their notes pages. No template file is copied in:
/// every byte of the deck is this code's, so the same figures give the same deck.
enum PowerPointParts {
    /// A 16:9 slide, in EMU (914400 to the inch): 13.333 × 7.5 inches.
    static let slideWidth = 12_192_000
    static let slideHeight = 6_858_000
    /// A portrait notes page, 7.5 × 10 inches.
    static let notesWidth = 6_858_000
    static let notesHeight = 9_144_000

    /// A rectangle on the slide, in EMU.
    struct Box: Hashable, Sendable {
        var x: Int
        var y: Int
        var width: Int
        var height: Int

        var xfrm: String {
            "<a:xfrm><a:off x=\"\(x)\" y=\"\(y)\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm>"
        }
    }

    /// The edge left around everything on a slide: a quarter inch.
    static let margin = 228_600
    /// Where each slide's caption goes: a band across the top.
    static let titleBox = Box(x: 457_200, y: 137_160, width: slideWidth - 914_400, height: 777_240)
    /// Where the title slide's heading goes: across the middle.
    static let openingTitleBox = Box(x: 914_400, y: 2_286_000, width: slideWidth - 1_828_800, height: 2_286_000)

    /// The room for the picture: the slide within its margins, below the caption when it shows.
    static func pictureArea(captions: Bool) -> Box {
        let top = captions ? titleBox.y + titleBox.height + margin / 2 : margin
        return Box(x: margin, y: top, width: slideWidth - 2 * margin, height: slideHeight - margin - top)
    }

    /// A picture of `size` pixels as large as `area` allows, its shape kept, centred in it.
    /// Whole EMU from integer arithmetic: the same on every machine.
    static func place(_ size: PNGSize, in area: Box) -> Box {
        var box = area
        if size.width * area.height <= size.height * area.width {
            box.width = size.width * area.height / size.height
        } else {
            box.height = size.height * area.width / size.width
        }
        box.x = area.x + (area.width - box.width) / 2
        box.y = area.y + (area.height - box.height) / 2
        return box
    }

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let namespaces = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""
    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    private static let contentType = "application/vnd.openxmlformats-officedocument."

    /// A relationships part: each target by its id, `rId1` onwards, in order.
    static func relationships(_ targets: [(type: String, target: String)]) -> String {
        declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
            + targets.enumerated().map { index, target in
                "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipType)\(target.type)\" Target=\"\(target.target)\"/>\n"
            }.joined() + "</Relationships>\n"
    }

    /// `[Content_Types].xml`: what each part is, for `slides` slides and the notes pages
    /// of the slides numbered `notes`.
    static func contentTypes(slides: Int, notes: [Int]) -> String {
        let overrides: [(String, String)] = [
            ("/ppt/presentation.xml", "presentationml.presentation.main+xml"),
            ("/ppt/slideMasters/slideMaster1.xml", "presentationml.slideMaster+xml"),
            ("/ppt/slideLayouts/slideLayout1.xml", "presentationml.slideLayout+xml"),
            ("/ppt/notesMasters/notesMaster1.xml", "presentationml.notesMaster+xml"),
            ("/ppt/theme/theme1.xml", "theme+xml"),
            ("/ppt/theme/theme2.xml", "theme+xml"),
        ] + (0..<slides).map { ("/ppt/slides/slide\($0 + 1).xml", "presentationml.slide+xml") }
            + notes.map { ("/ppt/notesSlides/notesSlide\($0).xml", "presentationml.notesSlide+xml") }
        return declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\n"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\n"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>\n"
            + "<Default Extension=\"png\" ContentType=\"image/png\"/>\n"
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\(contentType)\($0.1)\"/>\n" }.joined()
            + "</Types>\n"
    }

    /// `_rels/.rels`: the package opens at the presentation.
    static let packageRelationships = relationships([(type: "officeDocument", target: "ppt/presentation.xml")])

    /// The presentation's relationships: the master (rId1), the notes master (rId2),
    /// the theme (rId3), then the slides (rId4 onwards).
    static func presentationRelationships(slides: Int) -> String {
        relationships([(type: "slideMaster", target: "slideMasters/slideMaster1.xml"),
                       (type: "notesMaster", target: "notesMasters/notesMaster1.xml"),
                       (type: "theme", target: "theme/theme1.xml")]
            + (0..<slides).map { (type: "slide", target: "slides/slide\($0 + 1).xml") })
    }

    static func presentation(slides: Int) -> String {
        let list = slides == 0 ? "" : "<p:sldIdLst>"
            + (0..<slides).map { "<p:sldId id=\"\(256 + $0)\" r:id=\"rId\($0 + 4)\"/>" }.joined() + "</p:sldIdLst>\n"
        return declaration + "<p:presentation \(namespaces)>\n"
            + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>\n"
            + "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst>\n"
            + list
            + "<p:sldSz cx=\"\(slideWidth)\" cy=\"\(slideHeight)\"/>\n"
            + "<p:notesSz cx=\"\(notesWidth)\" cy=\"\(notesHeight)\"/>\n"
            + "</p:presentation>\n"
    }

    /// The shape tree's own properties, which every slide, layout and master opens with.
    private static let treeOpening = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
        + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>\n"
    private static let colourMap = "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" "
        + "accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>\n"
    private static let sameColours = "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>\n"

    /// A placeholder shape: `kind` is its `p:ph` type; `box` nil to take the layout's place.
    /// `centred` sets its text in the middle of its box, top to bottom (a slide's
    /// placeholder without it takes the master's placing).
    private static func placeholder(id: Int, name: String, kind: String, box: Box?,
                                    text: String?, size: Int? = nil, centred: Bool = false) -> String {
        let body = text.map { text in
            let run = text.isEmpty ? "" : "<a:r><a:rPr lang=\"en-GB\"\(size.map { " sz=\"\($0)\"" } ?? "")/><a:t>\(XMLText.escaped(text))</a:t></a:r>"
            // The notes flush left: LibreOffice otherwise hangs every line after the first.
            let paragraph = kind == "body" ? "<a:pPr marL=\"0\" indent=\"0\"/>" : ""
            return "<p:txBody><a:bodyPr\(centred ? " anchor=\"ctr\"" : "")/><a:lstStyle/><a:p>\(paragraph)\(run)</a:p></p:txBody>"
        } ?? ""
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"\(name)\"/>"
            + "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"\(kind)\"\(kind == "body" ? " idx=\"1\"" : "")/></p:nvPr></p:nvSpPr>"
            + "<p:spPr>\(box.map { $0.xfrm + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>" } ?? "")</p:spPr>\(body)</p:sp>\n"
    }

    /// Character properties of a text style's first level: `size` in hundredths of a point.
    private static func style(_ tag: String, size: Int, bold: Bool = false, font: String, centred: Bool = false) -> String {
        "<p:\(tag)><a:lvl1pPr\(centred ? " algn=\"ctr\"" : "")><a:defRPr sz=\"\(size)\"\(bold ? " b=\"1\"" : "")>"
            + "<a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"\(font)\"/></a:defRPr></a:lvl1pPr></p:\(tag)>"
    }

    /// The slide master: white, with the caption's place and style (28 point, bold, centred).
    static let slideMaster = declaration + "<p:sldMaster \(namespaces)>\n"
        + "<p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>" + treeOpening
        + placeholder(id: 2, name: "Title", kind: "title", box: titleBox, text: "", centred: true)
        + "</p:spTree></p:cSld>\n" + colourMap
        + "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>\n"
        + "<p:txStyles>" + style("titleStyle", size: 2800, bold: true, font: "+mj-lt", centred: true)
        + style("bodyStyle", size: 2000, font: "+mn-lt") + style("otherStyle", size: 1800, font: "+mn-lt") + "</p:txStyles>\n"
        + "</p:sldMaster>\n"

    static let slideMasterRelationships = relationships([(type: "slideLayout", target: "../slideLayouts/slideLayout1.xml"),
                                                         (type: "theme", target: "../theme/theme1.xml")])

    /// The one layout: a title, placed by the master, and room for a picture.
    static let slideLayout = declaration + "<p:sldLayout \(namespaces) type=\"titleOnly\" preserve=\"1\">\n"
        + "<p:cSld name=\"Title Only\"><p:spTree>" + treeOpening
        + placeholder(id: 2, name: "Title", kind: "title", box: nil, text: "")
        + "</p:spTree></p:cSld>\n" + sameColours + "</p:sldLayout>\n"

    static let slideLayoutRelationships = relationships([(type: "slideMaster", target: "../slideMasters/slideMaster1.xml")])

    /// The notes master: the slide's image above, the notes below.
    static let notesMaster = declaration + "<p:notesMaster \(namespaces)>\n"
        + "<p:cSld><p:spTree>" + treeOpening
        + placeholder(id: 2, name: "Slide Image", kind: "sldImg", box: Box(x: 381_000, y: 685_800, width: 6_096_000, height: 3_429_000), text: nil)
        + placeholder(id: 3, name: "Notes", kind: "body", box: Box(x: 685_800, y: 4_343_400, width: 5_486_400, height: 4_114_800), text: "")
        + "</p:spTree></p:cSld>\n" + colourMap
        + "<p:notesStyle><a:lvl1pPr><a:defRPr sz=\"1400\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
        + "<a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl1pPr></p:notesStyle>\n"
        + "</p:notesMaster>\n"

    static let notesMasterRelationships = relationships([(type: "theme", target: "../theme/theme2.xml")])

    /// A theme: black on white, Arial (which LibreOffice shows as the metric-alike
    /// Liberation Sans), and the plainest lines and fills, three of each as the schema asks.
    static func theme(named name: String) -> String {
        let colours = [("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "333333"), ("lt2", "EEEEEE"),
                       ("accent1", "0072B2"), ("accent2", "E69F00"), ("accent3", "009E73"), ("accent4", "CC79A7"),
                       ("accent5", "56B4E9"), ("accent6", "D55E00"), ("hlink", "0072B2"), ("folHlink", "CC79A7")]
        let font = "<a:latin typeface=\"Arial\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
        let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
        return declaration + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"\(name)\">\n"
            + "<a:themeElements>\n<a:clrScheme name=\"Unplugged\">"
            + colours.map { "<a:\($0.0)><a:srgbClr val=\"\($0.1)\"/></a:\($0.0)>" }.joined() + "</a:clrScheme>\n"
            + "<a:fontScheme name=\"Unplugged\"><a:majorFont>\(font)</a:majorFont><a:minorFont>\(font)</a:minorFont></a:fontScheme>\n"
            + "<a:fmtScheme name=\"Unplugged\">"
            + "<a:fillStyleLst>" + String(repeating: fill, count: 3) + "</a:fillStyleLst>"
            + "<a:lnStyleLst>" + String(repeating: "<a:ln w=\"6350\">\(fill)</a:ln>", count: 3) + "</a:lnStyleLst>"
            + "<a:effectStyleLst>" + String(repeating: "<a:effectStyle><a:effectLst/></a:effectStyle>", count: 3) + "</a:effectStyleLst>"
            + "<a:bgFillStyleLst>" + String(repeating: fill, count: 3) + "</a:bgFillStyleLst>"
            + "</a:fmtScheme>\n</a:themeElements>\n</a:theme>\n"
    }

    /// The title slide: the deck's title, large, across the middle.
    static func openingSlide(title: String) -> String {
        declaration + "<p:sld \(namespaces)>\n<p:cSld><p:spTree>" + treeOpening
            + placeholder(id: 2, name: "Title", kind: "ctrTitle", box: openingTitleBox, text: title, size: 4400, centred: true)
            + "</p:spTree></p:cSld>\n" + sameColours + "</p:sld>\n"
    }

    /// Where a caption goes when captions are off: above the slide, where no slide
    /// show or export shows it, but the outline and screen readers still read it as
    /// the slide's title (Microsoft's own advice for a title not to be seen; the
    /// `hidden` attribute is not honoured by LibreOffice, which shows the shape).
    static let unseenTitleBox = Box(x: titleBox.x, y: -titleBox.height - margin, width: titleBox.width, height: titleBox.height)

    /// A figure's slide: its caption in the title placeholder (off the slide when
    /// captions are off), and its picture, `media` by relationship rId2, at `box`, with
    /// the alt text as its description and its file's `name` as its name (which
    /// PowerPoint's selection pane lists).
    static func figureSlide(name: String, caption: String, alt: String, box: Box, captions: Bool) -> String {
        declaration + "<p:sld \(namespaces)>\n<p:cSld><p:spTree>" + treeOpening
            + placeholder(id: 2, name: "Title", kind: "title", box: captions ? nil : unseenTitleBox, text: caption)
            + "<p:pic><p:nvPicPr><p:cNvPr id=\"3\" name=\"\(XMLText.escaped(name))\" descr=\"\(XMLText.escaped(alt))\"/>"
            + "<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
            + "<p:blipFill><a:blip r:embed=\"rId2\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
            + "<p:spPr>\(box.xfrm)<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>\n"
            + "</p:spTree></p:cSld>\n" + sameColours + "</p:sld>\n"
    }

    /// The title slide's relationships: its layout.
    static let openingSlideRelationships = relationships([(type: "slideLayout", target: "../slideLayouts/slideLayout1.xml")])

    /// A figure slide's relationships: its layout (rId1), its picture (rId2) and its notes page (rId3).
    static func figureSlideRelationships(media: String, notes: Int) -> String {
        relationships([(type: "slideLayout", target: "../slideLayouts/slideLayout1.xml"),
                       (type: "image", target: "../media/\(media)"),
                       (type: "notesSlide", target: "../notesSlides/notesSlide\(notes).xml")])
    }

    /// A notes page: the slide's image and `notes`, the figure's alt text.
    static func notesSlide(notes: String) -> String {
        declaration + "<p:notes \(namespaces)>\n<p:cSld><p:spTree>" + treeOpening
            + placeholder(id: 2, name: "Slide Image", kind: "sldImg", box: nil, text: nil)
            + placeholder(id: 3, name: "Notes", kind: "body", box: nil, text: notes)
            + "</p:spTree></p:cSld>\n" + sameColours + "</p:notes>\n"
    }

    static func notesRelationships(slide: Int) -> String {
        relationships([(type: "notesMaster", target: "../notesMasters/notesMaster1.xml"),
                       (type: "slide", target: "../slides/slide\(slide).xml")])
    }
}
