import Foundation
import Testing
import UnpluggedBuild
import UnpluggedFigures

private let manifest = """
    title: Colours
    output: img
    formats: [svg, png]
    decks: [html, reveal, marp]
    inputs:
      colours: colours.txt
    figures:
      - kind: table
        input: colours
      - kind: training
        input: colours
        document: 1
        formats: [svg]

    """

private let decks = ["slides.html", "slides.marp.md", "slides.reveal.md"]

/// The decks `build` writes beside the figures, with a drawer that only writes text.
@Suite("Slide decks")
struct SlideDeckTests {
    let folder: BuildFolder

    init() throws {
        folder = try BuildFolder(files: ["figures.yml": manifest, "colours.txt": "green blue\n"])
    }

    /// Each figure's file in the order `text` shows it, found by `pattern`'s first group.
    private func files(in text: String, _ pattern: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    private let order = ["table.png", "training-demo00.svg", "training-demo01.svg", "training-demo02.svg", "training-demo03.svg"]

    @Test("each deck has a title slide, then a slide per figure file in the manifest's order, by relative path")
    func slidesInOrder() throws {
        let (plan, _) = try folder.build()
        #expect(decks.allSatisfy(plan.writes.contains))
        let html = try #require(folder.text("img/slides.html"))
        let reveal = try #require(folder.text("img/slides.reveal.md"))
        let marp = try #require(folder.text("img/slides.marp.md"))
        #expect(try files(in: html, "<img src=\"([^\"]+)\"") == order)
        #expect(try files(in: reveal, "\\]\\(([^)]+)\\)") == order)
        #expect(try files(in: marp, "\\]\\(([^)]+)\\)") == order)
        #expect(html.contains("<section><h1>Colours</h1></section>"))
        #expect(reveal.contains("\n# Colours\n\n---\n\n## "))
        #expect(marp.hasPrefix("---\n# Made by `unplugged build`: a Marp deck, one page per figure.\nmarp: true\n"))
        #expect(marp.contains("\n# Colours\n\n---\n\n## "))
        #expect(try RevealReading.slides(reveal).count == order.count + 1)
        #expect(try RevealReading.slides(reveal, vertical: "\r?\n--\r?\n").count == order.count + 1)
        #expect(marp.components(separatedBy: "\n---\n").count == order.count + 2)
        #expect(folder.text("img/index.html")?.contains("<a href=\"slides.html\">slides.html</a>") == true)
    }

    @Test("the alt text is the image's alt text and the speaker's notes; the caption the slide's title")
    func altTextAndCaptions() throws {
        try folder.build()
        let record = try #require(folder.text("img/figures.md"))
        let alt = try #require(try files(in: record, ":alt: ([^\n]+)").first)
        let caption = try #require(try files(in: record, ":name: table\n\n([^\n]+)").first)
        let html = try #require(folder.text("img/slides.html"))
        #expect(html.contains("<h2>\(caption)</h2><img src=\"table.png\" alt=\"\(alt)\">"))
        let reveal = try #require(folder.text("img/slides.reveal.md"))
        let slide = try #require(try RevealReading.slides(reveal).first { $0.contains("](table.png)") })
        let (content, notes) = try RevealReading.notes(of: slide)
        #expect(content.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("## \(caption)\n\n![\(alt)](table.png) <!-- .element: style=\""))
        #expect(notes == alt)
        let marp = try #require(folder.text("img/slides.marp.md"))
        let written = try #require(MarpitReading.writtenAlt(of: "table.png", in: marp))
        #expect(MarkdownReading.unescaped(written) == alt)
        #expect(try MarpitReading.keywordsTaken(from: written).isEmpty)
        #expect(marp.contains("## \(caption)\n\n![\(written)](table.png)\n\n<!-- \(alt) -->\n"))
    }

    @Test("the manifest's theme colours the decks: light by default, dark when the manifest says so")
    func theme() throws {
        try folder.build()
        let light = try #require(folder.text("img/slides.html"))
        #expect(light.contains("color-scheme: light; --ink: #262626; --paper: #ffffff;"))
        #expect(!light.contains("prefers-color-scheme"))
        #expect(folder.text("img/slides.marp.md")?.contains("\nbackgroundColor: \"#ffffff\"\ncolor: \"#262626\"\n") == true)
        #expect(folder.text("img/slides.reveal.md")?.contains("the `white` theme") == true)

        try folder.write("theme: dark\n" + manifest, to: "figures.yml")
        try folder.build()
        let dark = try #require(folder.text("img/slides.html"))
        #expect(dark.contains("color-scheme: dark; --ink: #e8e8e8; --paper: #1e1f22;"))
        #expect(folder.text("img/slides.marp.md")?.contains("\nbackgroundColor: \"#1e1f22\"\ncolor: \"#e8e8e8\"\n") == true)
        #expect(folder.text("img/slides.reveal.md")?.contains("the `black` theme") == true)
    }

    @Test("a sequence's frames know their place, so slides.html can play them")
    func sequenceFrames() throws {
        try folder.build()
        let html = try #require(folder.text("img/slides.html"))
        for frame in 0..<4 {
            #expect(html.contains("data-frame=\"\(frame)\" data-frames=\"4\" data-frame-time=\"1200\"><h2>"))
        }
        #expect(try files(in: html, "<section data-notes=\"[^\"]*\"><h2>[^<]*</h2><img src=\"([^\"]+)\"") == ["table.png"])
        #expect(!html.contains("data-animation"))

        try folder.write("frame-time: 0.5\n" + manifest, to: "figures.yml")
        try folder.build()
        #expect(folder.text("img/slides.html")?.contains("data-frame=\"3\" data-frames=\"4\" data-frame-time=\"500\"><h2>") == true)
    }

    @Test("slide-captions: false hides the titles; no title: no title slide")
    func captionsHidden() throws {
        try folder.write(manifest.replacingOccurrences(of: "title: Colours\n", with: "slide-captions: false\n"), to: "figures.yml")
        try folder.build()
        let html = try #require(folder.text("img/slides.html"))
        #expect(!html.contains("<h2>") && !html.contains("<h1>"))
        let reveal = try #require(folder.text("img/slides.reveal.md"))
        let marp = try #require(folder.text("img/slides.marp.md"))
        #expect(!reveal.contains("#") && !marp.contains("## "))
        #expect(marp.components(separatedBy: "\n---\n").count == order.count + 1)
        #expect(try RevealReading.slides(reveal).count == order.count)
    }

    @Test("a deck dropped from the manifest is removed; a second build writes nothing")
    func droppedDeck() throws {
        try folder.build()
        let before = folder.stamps()
        let again = try folder.build()
        #expect(again.plan.writes.isEmpty && again.drawn.isEmpty)
        #expect(folder.stamps() == before)

        try folder.write(manifest.replacingOccurrences(of: "[html, reveal, marp]", with: "[reveal]"), to: "figures.yml")
        let (plan, drawn) = try folder.build()
        #expect(drawn.isEmpty)
        #expect(plan.removals == ["slides.html", "slides.marp.md"])
        #expect(plan.writes == ["index.html"])
        #expect(!folder.exists("img/slides.html") && folder.exists("img/slides.reveal.md"))
    }
}

@Suite("Slide deck text")
struct SlideDeckTextTests {
    private func deck(alt: String, captions: Bool = true) -> SlideDeck {
        SlideDeck(title: "T", figures: [(summary: FigureSummary(name: "bins", title: "Bins", description: alt), formats: [.png])],
                  captions: captions)
    }
    private let deck = SlideDeck(title: nil, figures: [
        (summary: FigureSummary(name: "table", title: "The [table]", description: "Rows <a> & \"b\" -- [c]"), formats: [.svg]),
        (summary: FigureSummary(name: "handout", title: "Handout", description: "The pages"), formats: [.pdf]),
    ], captions: true)

    @Test("a figure with neither PNG nor SVG (a handout) has no slide; the SVG shows when there is no PNG")
    func slidesOfFiles() {
        #expect(deck.slides.map(\.file) == ["table.svg"])
    }

    @Test("captions and alt text read as written in every format")
    func escaping() {
        #expect(deck.text(in: .html)?.contains("<h2>The [table]</h2><img src=\"table.svg\" alt=\"Rows &lt;a&gt; &amp; &quot;b&quot; -- [c]\">") == true)
        #expect(deck.text(in: .reveal)?.contains("## The \\[table\\]\n\n![Rows \\<a\\> \\& \"b\" -- \\[c\\]](table.svg) <!-- .element: ") == true)
        #expect(deck.text(in: .reveal)?.contains("\n\nNote: Rows \\<a\\> \\& \"b\" -- \\[c\\]\n") == true)
        #expect(deck.text(in: .marp)?.contains("<!-- Rows <a> & \"b\" - - [c] -->") == true)
    }

    @Test("alt text with Marpit's image keywords survives Marpit: no word is a keyword, and it reads back as written")
    func marpKeywords() throws {
        let alt = "A 10% share, 10% w:200 h:auto width:3em blur sepia:50% drop-shadow bg fit left:30% Blur 12.5% & $5 \\ [x]"
        let marp = try #require(deck(alt: alt).text(in: .marp))
        let written = try #require(MarpitReading.writtenAlt(of: "bins.png", in: marp))
        #expect(try MarpitReading.keywordsTaken(from: alt).count == 12)
        #expect(try MarpitReading.keywordsTaken(from: written).isEmpty)
        #expect(MarkdownReading.unescaped(written) == alt)
        #expect(written.hasPrefix("A &#49;0% share, &#49;0% &#119;:200 &#104;:auto &#119;idth:3em &#98;lur &#115;epia:50% "))
        #expect(marp.contains("<!-- \(alt) -->"))
    }

    @Test("reveal.js reads a slide per figure and its notes, with or without the lesson's vertical separator")
    func revealSlides() throws {
        let alt = "Notes: a 10% share, --- and -- on one line"
        let reveal = try #require(deck(alt: alt).text(in: .reveal))
        for vertical in [nil, "\r?\n--\r?\n", "^--$"] {
            let slides = try RevealReading.slides(reveal, vertical: vertical)
            #expect(slides.count == 2)
            #expect(try RevealReading.notes(of: slides[0]).notes == nil)
            #expect(try RevealReading.notes(of: slides[1]).notes == alt)
        }
        #expect(reveal.contains("![Notes: a 10% share, --- and -- on one line](bins.png) <!-- .element: style=\"width: 100%; height: 460px; object-fit: contain;"))
        #expect(deck(alt: alt, captions: false).text(in: .reveal)?.contains("height: 620px;") == true)
    }

    @Test("slides.html prints a landscape 16:9 page per slide, and its controls are labelled buttons")
    func htmlPrintAndControls() throws {
        let html = try #require(deck(alt: "The bins").text(in: .html))
        #expect(html.contains("@page { size: 13.333in 7.5in; margin: 0; }"))
        #expect(html.contains("@media print {"))
        #expect(html.contains("width: 13.333in; height: 7.5in;") && html.contains("break-after: page;"))
        for label in ["Previous slide", "Next slide", "Speaker notes", "Full screen", "Play the sequence"] {
            #expect(html.contains("<button type=\"button\" id=\"") && html.contains("aria-label=\"\(label)\""))
        }
        #expect(html.contains("<section data-notes=\"The bins\"><h2>Bins</h2><img src=\"bins.png\" alt=\"The bins\"></section>"))
        #expect(html.contains("<span id=\"counter\" role=\"status\"></span>"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test("a sequence's frames carry their place and the sequence's GIF")
    func sequenceFrames() {
        let frames = (0..<3).map { (summary: FigureSummary(name: "training-demo0\($0)", title: "Step \($0)", description: "Frame \($0)"),
                                    formats: [OutputFormat.png, .gif]) }
        let deck = SlideDeck(title: nil, figures: [(summary: FigureSummary(name: "table", title: "T", description: "A"), formats: [.png])] + frames,
                             captions: true, sequences: [SlideDeck.Sequence(firstFrame: "training-demo00", frameCount: 3, animation: "training-demo.gif")])
        #expect(deck.slides.map { $0.frame?.index } == [nil, 0, 1, 2])
        #expect(deck.slides.dropFirst().allSatisfy { $0.frame?.count == 3 && $0.frame?.animation == "training-demo.gif" })
        let html = deck.text(in: .html) ?? ""
        #expect(html.contains("<section data-notes=\"Frame 1\" data-frame=\"1\" data-frames=\"3\" data-frame-time=\"1200\" data-animation=\"training-demo.gif\"><h2>Step 1</h2>"))
    }
}
