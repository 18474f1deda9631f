/// The parts PowerPoint writes in every deck besides the slides: the document's core
/// and application properties (`docProps/`), and the presentation's own properties,
/// view and table styles (`ppt/`). Without them some versions of PowerPoint offer to
/// repair the file; with them, File > Info shows the deck's title and author.
enum PowerPointProperties {
    /// When the deck says it was made and last changed: 1980-01-01, the date every ZIP
    /// entry carries (`StoredZip.entryDate`). A build's clock would make every
    /// build's deck differ; the same figures must give the same bytes, and no input
    /// carries a date that survives a checkout (Git keeps no file times).
    static let date = "1980-01-01T00:00:00Z"

    /// `docProps/core.xml`: the manifest's title, made by unplugged, at `date`.
    static func core(title: String) -> String {
        let stamp = " xsi:type=\"dcterms:W3CDTF\">\(date)"
        return PowerPointParts.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escaped(title))</dc:title><dc:creator>unplugged</dc:creator>"
            + "<cp:lastModifiedBy>unplugged</cp:lastModifiedBy><cp:revision>1</cp:revision>"
            + "<dcterms:created\(stamp)</dcterms:created><dcterms:modified\(stamp)</dcterms:modified>"
            + "</cp:coreProperties>\n"
    }

    /// `docProps/app.xml`: the program, the slide and notes counts, and the titles of
    /// the parts as PowerPoint lists them (the font, the theme, each slide's title),
    /// each heading followed by how many of the titles it covers.
    static func application(slideTitles: [String], notes: Int) -> String {
        let headings: [(String, [String])] = [("Fonts Used", ["Arial"]), ("Theme", ["Unplugged"]), ("Slide Titles", slideTitles)]
        let pairs = headings.map { "<vt:variant><vt:lpstr>\($0.0)</vt:lpstr></vt:variant><vt:variant><vt:i4>\($0.1.count)</vt:i4></vt:variant>" }
        let titles = headings.flatMap(\.1).map { "<vt:lpstr>\(XMLText.escaped($0))</vt:lpstr>" }
        return PowerPointParts.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
            + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<TotalTime>0</TotalTime><Application>unplugged</Application><PresentationFormat>Widescreen</PresentationFormat>"
            + "<Slides>\(slideTitles.count)</Slides><Notes>\(notes)</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips>"
            + "<ScaleCrop>false</ScaleCrop>"
            + "<HeadingPairs><vt:vector size=\"\(2 * headings.count)\" baseType=\"variant\">\(pairs.joined())</vt:vector></HeadingPairs>"
            + "<TitlesOfParts><vt:vector size=\"\(titles.count)\" baseType=\"lpstr\">\(titles.joined())</vt:vector></TitlesOfParts>"
            + "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
            + "</Properties>\n"
    }

    /// `ppt/presProps.xml`: the slide show's settings, here the defaults (a show
    /// presented full screen by a speaker, not looping).
    static let presentation = PowerPointParts.declaration
        + "<p:presentationPr \(PowerPointParts.namespaces)><p:showPr showNarration=\"1\"><p:present/><p:sldAll/><p:penClr>"
        + "<a:prstClr val=\"red\"/></p:penClr></p:showPr></p:presentationPr>\n"

    /// `ppt/viewProps.xml`: the editing view PowerPoint opens in, the normal view with
    /// the slides listed on the left and the notes below.
    static let view = PowerPointParts.declaration
        + "<p:viewPr \(PowerPointParts.namespaces)><p:normalViewPr><p:restoredLeft sz=\"15620\"/><p:restoredTop sz=\"94660\"/>"
        + "</p:normalViewPr><p:slideViewPr><p:cSldViewPr snapToGrid=\"0\"><p:cViewPr varScale=\"1\"><p:scale><a:sx n=\"100\" d=\"100\"/>"
        + "<a:sy n=\"100\" d=\"100\"/></p:scale><p:origin x=\"0\" y=\"0\"/></p:cViewPr><p:guideLst/></p:cSldViewPr></p:slideViewPr>"
        + "<p:notesTextViewPr><p:cViewPr><p:scale><a:sx n=\"1\" d=\"1\"/><a:sy n=\"1\" d=\"1\"/></p:scale><p:origin x=\"0\" y=\"0\"/>"
        + "</p:cViewPr></p:notesTextViewPr><p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>\n"

    /// `ppt/tableStyles.xml`: no table styles of its own, PowerPoint's usual default named.
    static let tableStyles = PowerPointParts.declaration
        + "<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>\n"
}
