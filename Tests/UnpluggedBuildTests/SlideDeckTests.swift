import Foundation
import Testing
import UnpluggedBuild

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
        #expect(reveal.contains("\n# Colours\n\n--\n\n## "))
        #expect(marp.hasPrefix("---\n# Made by `unplugged build`: a Marp deck, one page per figure.\nmarp: true\nstyle: |\n"))
        #expect(marp.contains("\n# Colours\n\n---\n\n## "))
        #expect(reveal.components(separatedBy: "\n--\n").count == order.count + 1)
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
        #expect(reveal.contains("## \(caption)\n\n![\(alt)](table.png)\n\nNotes: \(alt)\n"))
        let marp = try #require(folder.text("img/slides.marp.md"))
        #expect(marp.contains("## \(caption)\n\n![\(alt)](table.png)\n\n<!-- \(alt) -->\n"))
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
        #expect(reveal.components(separatedBy: "\n--\n").count == order.count)
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
        #expect(deck.text(in: .reveal)?.contains("## The \\[table\\]\n\n![Rows \\<a\\> & \"b\" -- \\[c\\]](table.svg)\n\nNotes: Rows <a> & \"b\" -- [c]\n") == true)
        #expect(deck.text(in: .marp)?.contains("<!-- Rows <a> & \"b\" - - [c] -->") == true)
    }
}
