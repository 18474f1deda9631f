/// The slides of the PowerPoint deck and their notes pages.
enum PowerPointSlides {
    typealias Parts = PowerPointParts

    /// The title slide: the deck's title, large, across the middle, at the largest size
    /// up to 44 point that fits (`PowerPointTitleSize`).
    static func opening(title: String) -> String {
        let box = Parts.openingTitleBox
        let size = PowerPointTitleSize.fitting(title, width: box.width, height: box.height, largest: 4400)
        return Parts.declaration + "<p:sld \(Parts.namespaces)>\n<p:cSld><p:spTree>" + Parts.treeOpening
            + Parts.placeholder(id: 2, name: "Title", kind: "ctrTitle", box: box, text: title, size: size, centred: true, fits: true)
            + "</p:spTree></p:cSld>\n" + Parts.sameColours + "</p:sld>\n"
    }

    /// Where a caption goes when captions are off: above the slide, where no slide
    /// show or export shows it, but the outline and screen readers still read it as
    /// the slide's title (Microsoft's own advice for a title not to be seen; the
    /// `hidden` attribute is not honoured by LibreOffice, which shows the shape).
    static let unseenTitleBox = Parts.Box(x: Parts.titleBox.x, y: -Parts.titleBox.height - Parts.margin,
                                          width: Parts.titleBox.width, height: Parts.titleBox.height)

    /// A figure's slide: its caption in the title placeholder (off the slide when
    /// captions are off) at the largest size up to 28 point that fits, and its picture,
    /// `media` by relationship rId2, at `box`, with the alt text as its description and
    /// its file's `name` as its name (which PowerPoint's selection pane lists).
    static func figure(name: String, caption: String, alt: String, box: Parts.Box, captions: Bool) -> String {
        let title = captions ? Parts.titleBox : unseenTitleBox
        let size = PowerPointTitleSize.fitting(caption, width: title.width, height: title.height, largest: 2800)
        return Parts.declaration + "<p:sld \(Parts.namespaces)>\n<p:cSld><p:spTree>" + Parts.treeOpening
            + Parts.placeholder(id: 2, name: "Title", kind: "title", box: captions ? nil : title, text: caption,
                                size: size == 2800 ? nil : size, fits: true)
            + "<p:pic><p:nvPicPr><p:cNvPr id=\"3\" name=\"\(XMLText.escaped(name))\" descr=\"\(XMLText.escaped(alt))\"/>"
            + "<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
            + "<p:blipFill><a:blip r:embed=\"rId2\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
            + "<p:spPr>\(box.xfrm)<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>\n"
            + "</p:spTree></p:cSld>\n" + Parts.sameColours + "</p:sld>\n"
    }

    /// The title slide's relationships: its layout.
    static let openingRelationships = Parts.relationships([
        (type: "slideLayout", target: "../slideLayouts/\(PowerPointMaster.Layout.titleSlide.fileName)"),
    ])

    /// A figure slide's relationships: its layout (rId1), its picture (rId2) and its notes page (rId3).
    static func figureRelationships(media: String, notes: Int) -> String {
        Parts.relationships([(type: "slideLayout", target: "../slideLayouts/\(PowerPointMaster.Layout.titleAndPicture.fileName)"),
                             (type: "image", target: "../media/\(media)"),
                             (type: "notesSlide", target: "../notesSlides/notesSlide\(notes).xml")])
    }

    /// A notes page: the slide's image and `notes`, the figure's alt text.
    static func notes(_ notes: String) -> String {
        Parts.declaration + "<p:notes \(Parts.namespaces)>\n<p:cSld><p:spTree>" + Parts.treeOpening
            + Parts.placeholder(id: 2, name: "Slide Image", kind: "sldImg", box: nil, text: nil)
            + Parts.placeholder(id: 3, name: "Notes", kind: "body", index: 1, box: nil, text: notes)
            + "</p:spTree></p:cSld>\n" + Parts.sameColours + "</p:notes>\n"
    }

    static func notesRelationships(slide: Int) -> String {
        Parts.relationships([(type: "notesMaster", target: "../notesMasters/notesMaster1.xml"),
                             (type: "slide", target: "../slides/slide\(slide).xml")])
    }
}
