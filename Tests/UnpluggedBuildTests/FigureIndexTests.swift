import Testing
@testable import UnpluggedBuild

@Suite("figures.md and index.html")
struct FigureIndexTests {
    let index = FigureIndex(figures: [
        (FigureSummary(name: "table", title: "The model as a table", description: "Rows <blue> & \"green\"\nsum to 100."), [.svg, .png]),
        (FigureSummary(name: "handout", title: "Handout", description: "Pages."), [.pdf]),
        (FigureSummary(name: "graph", title: "Graph", description: "Arrows."), [.png]),
    ])

    @Test("a figure directive per figure, in order: the SVG when there is one, alt text on one line")
    func markdown() {
        let text = index.markdown()
        #expect(text.contains("""
            ```{figure} table.svg
            :alt: Rows <blue> & "green" sum to 100.
            :name: table

            The model as a table
            ```
            """))
        #expect(text.contains("```{figure} graph.png"))
        let table = text.range(of: "table.svg")!.lowerBound, graph = text.range(of: "graph.png")!.lowerBound
        #expect(table < graph)
    }

    @Test("the gallery escapes text, links PDFs, and needs nothing but the files beside it")
    func html() {
        let page = index.html(title: "Figures of <lesson>")
        #expect(page.contains("<title>Figures of &lt;lesson&gt;</title>"))
        #expect(page.contains("<img src=\"table.svg\" alt=\"Rows &lt;blue&gt; &amp; &quot;green&quot;\nsum to 100.\""))
        #expect(page.contains("<a href=\"handout.pdf\">handout.pdf</a>"))
        #expect(page.contains("prefers-color-scheme: dark"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("http"))
    }
}
