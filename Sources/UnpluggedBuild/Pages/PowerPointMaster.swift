/// The look every slide inherits: one slide master in the manifest's theme (its
/// background, its titles' colour), its two layouts, the themes, and the notes master.
enum PowerPointMaster {
    /// The slide layouts, as PowerPoint's Layout menu lists them by name.
    enum Layout: Int, CaseIterable {
        /// The deck's title, large, across the middle: the opening slide.
        case titleSlide = 1
        /// A caption across the top and a picture below it: every figure's slide.
        case titleAndPicture

        var fileName: String { "slideLayout\(rawValue).xml" }
        /// The layout's name (`p:cSld name`), which python-pptx and PowerPoint show.
        var name: String {
            switch self {
            case .titleSlide: "Title Slide"
            case .titleAndPicture: "Title and Picture"
            }
        }
    }

    private static let colourMap = "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" "
        + "accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>\n"

    /// Character properties of a text style's first level: `size` in hundredths of a
    /// point, in `colour` (`RRGGBB`) or the theme's text colour.
    private static func style(_ tag: String, size: Int, bold: Bool = false, colour: String? = nil, font: String,
                              centred: Bool = false) -> String {
        let fill = colour.map { "<a:srgbClr val=\"\($0)\"/>" } ?? "<a:schemeClr val=\"tx1\"/>"
        return "<p:\(tag)><a:lvl1pPr\(centred ? " algn=\"ctr\"" : "")><a:defRPr sz=\"\(size)\"\(bold ? " b=\"1\"" : "")>"
            + "<a:solidFill>\(fill)</a:solidFill><a:latin typeface=\"\(font)\"/></a:defRPr></a:lvl1pPr></p:\(tag)>"
    }

    /// The slide master: the theme's background, with the caption's place and style
    /// (28 point, bold, centred, in the theme's ink; `PowerPointTitleSize` may write a
    /// caption smaller). The colours are given outright rather than through the colour
    /// scheme, so every program shows them alike.
    static func slideMaster(_ look: PowerPointLook) -> String {
        PowerPointParts.declaration + "<p:sldMaster \(PowerPointParts.namespaces)>\n"
            + "<p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"\(look.background)\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>"
            + "<p:spTree>" + PowerPointParts.treeOpening
            + PowerPointParts.placeholder(id: 2, name: "Title", kind: "title", box: PowerPointParts.titleBox, text: "", centred: true, fits: true)
            + "</p:spTree></p:cSld>\n" + colourMap
            + "<p:sldLayoutIdLst>"
            + Layout.allCases.map { "<p:sldLayoutId id=\"\(2_147_483_648 + $0.rawValue)\" r:id=\"rId\($0.rawValue)\"/>" }.joined()
            + "</p:sldLayoutIdLst>\n"
            + "<p:txStyles>" + style("titleStyle", size: 2800, bold: true, colour: look.ink, font: "+mj-lt", centred: true)
            + style("bodyStyle", size: 2000, colour: look.ink, font: "+mn-lt") + style("otherStyle", size: 1800, colour: look.ink, font: "+mn-lt")
            + "</p:txStyles>\n"
            + "</p:sldMaster>\n"
    }

    /// The master's relationships: its layouts (`rId1` onwards, in order), then its theme.
    static let slideMasterRelationships = PowerPointParts.relationships(
        Layout.allCases.map { (type: "slideLayout", target: "../slideLayouts/\($0.fileName)") }
            + [(type: "theme", target: "../theme/theme1.xml")])

    /// A layout's part: the title slide's centred title, or the figure slide's title
    /// (placed by the master) and, below it, the picture's place.
    static func layout(_ layout: Layout) -> String {
        let shapes = switch layout {
        case .titleSlide:
            PowerPointParts.placeholder(id: 2, name: "Title", kind: "ctrTitle", box: PowerPointParts.openingTitleBox, text: "",
                                        centred: true, fits: true)
        case .titleAndPicture:
            PowerPointParts.placeholder(id: 2, name: "Title", kind: "title", box: nil, text: "", fits: true)
                + PowerPointParts.placeholder(id: 3, name: "Picture", kind: "pic", index: 1,
                                              box: PowerPointParts.pictureArea(captions: true), text: "")
        }
        let type = layout == .titleSlide ? " type=\"title\"" : ""
        return PowerPointParts.declaration + "<p:sldLayout \(PowerPointParts.namespaces)\(type) preserve=\"1\">\n"
            + "<p:cSld name=\"\(layout.name)\"><p:spTree>" + PowerPointParts.treeOpening + shapes
            + "</p:spTree></p:cSld>\n" + PowerPointParts.sameColours + "</p:sldLayout>\n"
    }

    static let layoutRelationships = PowerPointParts.relationships([(type: "slideMaster", target: "../slideMasters/slideMaster1.xml")])

    /// The notes master: the slide's image above, the notes below, black on white
    /// whatever the slides' theme, since notes are read on paper or a laptop.
    static let notesMaster = PowerPointParts.declaration + "<p:notesMaster \(PowerPointParts.namespaces)>\n"
        + "<p:cSld><p:spTree>" + PowerPointParts.treeOpening
        + PowerPointParts.placeholder(id: 2, name: "Slide Image", kind: "sldImg",
                                      box: .init(x: 381_000, y: 685_800, width: 6_096_000, height: 3_429_000), text: nil)
        + PowerPointParts.placeholder(id: 3, name: "Notes", kind: "body", index: 1,
                                      box: .init(x: 685_800, y: 4_343_400, width: 5_486_400, height: 4_114_800), text: "")
        + "</p:spTree></p:cSld>\n" + colourMap
        + "<p:notesStyle><a:lvl1pPr><a:defRPr sz=\"1400\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
        + "<a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl1pPr></p:notesStyle>\n"
        + "</p:notesMaster>\n"

    static let notesMasterRelationships = PowerPointParts.relationships([(type: "theme", target: "../theme/theme2.xml")])

    /// A theme: black on white, Arial (which LibreOffice shows as the metric-alike
    /// Liberation Sans), and the plainest lines and fills, three of each as the schema asks.
    static func theme(named name: String) -> String {
        let colours = [("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "333333"), ("lt2", "EEEEEE"),
                       ("accent1", "0072B2"), ("accent2", "E69F00"), ("accent3", "009E73"), ("accent4", "CC79A7"),
                       ("accent5", "56B4E9"), ("accent6", "D55E00"), ("hlink", "0072B2"), ("folHlink", "CC79A7")]
        let font = "<a:latin typeface=\"Arial\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
        let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
        return PowerPointParts.declaration + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"\(name)\">\n"
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
}
