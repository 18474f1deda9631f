/// The PowerPoint deck's package: where things go on a slide, the relationships that
/// tie the parts together, what type each part is, and the presentation part that
/// lists the slides. The parts themselves are written by hand, and kept to what
/// PowerPoint, LibreOffice and python-pptx need: `PowerPointProperties` (the document's
/// properties), `PowerPointMaster` (the master, its two layouts, the themes, the notes
/// master), `PowerPointSlides` (the slides and their notes pages). No template file is
/// copied in: every byte of the deck is this code's, so the same figures give the same deck.
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

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let namespaces = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""
    /// Where the types of the relationships between a document's parts are named.
    private static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    /// The core properties' relationship is the package's own, not the document's.
    private static let coreRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    private static let contentType = "application/vnd.openxmlformats-officedocument."

    /// A relationships part: each target by its id, `rId1` onwards, in order; a type
    /// is a name among the document's relationships (`slide`), or a whole URI.
    static func relationships(_ targets: [(type: String, target: String)]) -> String {
        declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
            + targets.enumerated().map { index, target in
                let type = target.type.hasPrefix("http") ? target.type : officeRelationship + target.type
                return "<Relationship Id=\"rId\(index + 1)\" Type=\"\(type)\" Target=\"\(target.target)\"/>\n"
            }.joined() + "</Relationships>\n"
    }

    /// `[Content_Types].xml`: what each part is, for `slides` slides, the notes pages of
    /// the slides numbered `notes`, and pictures of the file extensions `media`.
    static func contentTypes(slides: Int, notes: [Int], media: [String]) -> String {
        let overrides: [(String, String)] = [
            ("/ppt/presentation.xml", "\(contentType)presentationml.presentation.main+xml"),
            ("/ppt/presProps.xml", "\(contentType)presentationml.presProps+xml"),
            ("/ppt/viewProps.xml", "\(contentType)presentationml.viewProps+xml"),
            ("/ppt/tableStyles.xml", "\(contentType)presentationml.tableStyles+xml"),
            ("/ppt/slideMasters/slideMaster1.xml", "\(contentType)presentationml.slideMaster+xml"),
            ("/ppt/notesMasters/notesMaster1.xml", "\(contentType)presentationml.notesMaster+xml"),
            ("/ppt/theme/theme1.xml", "\(contentType)theme+xml"),
            ("/ppt/theme/theme2.xml", "\(contentType)theme+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "\(contentType)extended-properties+xml"),
        ] + PowerPointMaster.Layout.allCases.map { ("/ppt/slideLayouts/\($0.fileName)", "\(contentType)presentationml.slideLayout+xml") }
            + (0..<slides).map { ("/ppt/slides/slide\($0 + 1).xml", "\(contentType)presentationml.slide+xml") }
            + notes.map { ("/ppt/notesSlides/notesSlide\($0).xml", "\(contentType)presentationml.notesSlide+xml") }
        return declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\n"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\n"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>\n"
            + media.map { "<Default Extension=\"\($0)\" ContentType=\"image/\($0)\"/>\n" }.joined()
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>\n" }.joined()
            + "</Types>\n"
    }

    /// `_rels/.rels`: the package opens at the presentation, and has its properties.
    static let packageRelationships = relationships([(type: "officeDocument", target: "ppt/presentation.xml"),
                                                     (type: coreRelationship, target: "docProps/core.xml"),
                                                     (type: "extended-properties", target: "docProps/app.xml")])

    /// The presentation's parts other than its slides, by relationship id `rId1` onwards.
    private static let presentationParts: [(type: String, target: String)] = [
        (type: "slideMaster", target: "slideMasters/slideMaster1.xml"),
        (type: "notesMaster", target: "notesMasters/notesMaster1.xml"),
        (type: "theme", target: "theme/theme1.xml"),
        (type: "presProps", target: "presProps.xml"),
        (type: "viewProps", target: "viewProps.xml"),
        (type: "tableStyles", target: "tableStyles.xml"),
    ]

    /// The presentation's relationships: its other parts, then the slides.
    static func presentationRelationships(slides: Int) -> String {
        relationships(presentationParts + (0..<slides).map { (type: "slide", target: "slides/slide\($0 + 1).xml") })
    }

    static func presentation(slides: Int) -> String {
        let first = presentationParts.count + 1
        let list = slides == 0 ? "" : "<p:sldIdLst>"
            + (0..<slides).map { "<p:sldId id=\"\(256 + $0)\" r:id=\"rId\($0 + first)\"/>" }.joined() + "</p:sldIdLst>\n"
        return declaration + "<p:presentation \(namespaces) saveSubsetFonts=\"1\">\n"
            + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>\n"
            + "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst>\n"
            + list
            + "<p:sldSz cx=\"\(slideWidth)\" cy=\"\(slideHeight)\"/>\n"
            + "<p:notesSz cx=\"\(notesWidth)\" cy=\"\(notesHeight)\"/>\n"
            + "</p:presentation>\n"
    }

    /// The shape tree's own properties, which every slide, layout and master opens with.
    static let treeOpening = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
        + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>\n"
    static let sameColours = "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>\n"

    /// A placeholder shape: `kind` is its `p:ph` type and `index` its `idx`; `box` nil
    /// to take the layout's place. A title (`fits`) shrinks its text when it overflows,
    /// in the programs that do. `centred` sets its text in the middle of its box, top
    /// to bottom (a slide's placeholder without it takes the master's placing).
    static func placeholder(id: Int, name: String, kind: String, index: Int? = nil, box: Box?,
                            text: String?, size: Int? = nil, centred: Bool = false, fits: Bool = false) -> String {
        let body = text.map { text in
            let run = text.isEmpty ? "" : "<a:r><a:rPr lang=\"en-GB\"\(size.map { " sz=\"\($0)\"" } ?? "")/><a:t>\(XMLText.escaped(text))</a:t></a:r>"
            // The notes flush left: LibreOffice otherwise hangs every line after the first.
            let paragraph = kind == "body" ? "<a:pPr marL=\"0\" indent=\"0\"/>" : ""
            let properties = (centred ? " anchor=\"ctr\"" : "") + (fits ? "><a:normAutofit/></a:bodyPr>" : "/>")
            return "<p:txBody><a:bodyPr\(properties)<a:lstStyle/><a:p>\(paragraph)\(run)</a:p></p:txBody>"
        } ?? ""
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"\(name)\"/>"
            + "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"\(kind)\"\(index.map { " idx=\"\($0)\"" } ?? "")/></p:nvPr></p:nvSpPr>"
            + "<p:spPr>\(box.map { $0.xfrm + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>" } ?? "")</p:spPr>\(body)</p:sp>\n"
    }
}
