/// A deck as Marp Markdown: front matter that turns Marp on and sizes the images, `---`
/// between pages, and the speaker's notes as an HTML comment (which Marp shows as the
/// presenter's notes; so the note that says where the deck comes from is a YAML comment).
enum MarpDeck {
    /// The images' height on Marp's 1280 × 720 page: the page less its padding and,
    /// when shown, the caption's heading.
    static func imageHeight(captions: Bool) -> Int { captions ? 460 : 540 }

    static func markdown(of deck: SlideDeck) -> String {
        var pages: [String] = []
        if let title = deck.title { pages.append("# \(MarkdownText.escaped(title))\n") }
        for slide in deck.slides {
            let heading = deck.captions ? "## \(MarkdownText.escaped(slide.caption))\n\n" : ""
            pages.append("\(heading)![\(MarkdownText.escaped(slide.alt))](\(slide.file))\n\n<!-- \(MarkdownText.comment(slide.alt)) -->\n")
        }
        // Every image fills the same box and keeps its shape inside it (object-fit), so
        // a wide figure and a small sticky are each as large as the page allows; Marp's
        // own `h:` size would stretch a wide one past the page's edge.
        return """
            ---
            # Made by `unplugged build`: a Marp deck, one page per figure.
            marp: true
            style: |
              section img { display: block; width: 100%; height: \(imageHeight(captions: deck.captions))px; object-fit: contain; }
            ---


            """ + pages.joined(separator: "\n---\n\n")
    }
}
