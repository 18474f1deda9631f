/// A deck as reveal.js Markdown, read the way reveal.js 5's markdown plugin reads an
/// external file with its default separators: a line `---` between slides, and a line
/// starting `Note:` before a slide's speaker notes (which the plugin makes the slide's
/// `<aside class="notes">`). Setups in the lesson's own style, with `--` between
/// vertical slides as well, read the same slides: `---` is not `--` on its own line.
/// Each separator has a blank line either side, so no other Markdown reader takes
/// `---` under a paragraph for a heading's underline.
enum RevealDeck {
    /// The image's box on reveal.js's 960 × 700 slide, in the slide's pixels: as wide as
    /// the slide, and as tall as the slide less its caption (up to two lines of the
    /// themes' `h2`) and the margins, so no figure overflows the slide.
    static func imageHeight(captions: Bool) -> Int { captions ? 460 : 620 }

    static func markdown(of deck: SlideDeck) -> String {
        var pages: [String] = []
        if let title = deck.title { pages.append("# \(MarkdownText.escaped(title))\n") }
        // The image keeps its shape inside its box (object-fit), so a wide figure and a
        // small sticky are each as large as the slide allows; the plugin sets the
        // attributes of the comment `.element:` on the element just before it.
        let size = "width: 100%; height: \(imageHeight(captions: deck.captions))px; object-fit: contain; margin: 0.3em 0;"
        for slide in deck.slides {
            let heading = deck.captions ? "## \(MarkdownText.escaped(slide.caption))\n\n" : ""
            pages.append("\(heading)![\(MarkdownText.escaped(slide.alt))](\(slide.file)) <!-- .element: style=\"\(size)\" -->\n\n"
                + "Note: \(MarkdownText.escaped(slide.alt))\n")
        }
        let theme = deck.theme == .light ? "white" : "black"
        return """
            <!-- Made by `unplugged build`: a reveal.js deck, one slide per figure. To show it, put
            <section data-markdown="slides.reveal.md"></section> in the slides element of a
            reveal.js 5 page beside this file, with the RevealMarkdown and RevealNotes plugins,
            the `\(theme)` theme (as the figures are drawn \(deck.theme.rawValue)), and no separator options of
            its own (the defaults read this file). The markdown plugin fetches the file, so
            serve the folder (python3 -m http.server) rather than opening the page from disk. -->


            """ + pages.joined(separator: "\n---\n\n")
    }
}
