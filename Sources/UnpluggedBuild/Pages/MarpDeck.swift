/// A deck as Marp Markdown: front matter that turns Marp on, `---` between pages, each
/// image sized to the page's height left under its title, and the speaker's notes as
/// an HTML comment (which Marp shows as the presenter's notes).
enum MarpDeck {
    /// The image's height on Marp's 1280 × 720 page: the page less its padding and,
    /// when shown, the caption's heading.
    static func imageHeight(captions: Bool) -> Int { captions ? 460 : 560 }

    static func markdown(of deck: SlideDeck) -> String {
        var pages: [String] = []
        if let title = deck.title { pages.append("# \(MarkdownText.escaped(title))\n") }
        let height = imageHeight(captions: deck.captions)
        for slide in deck.slides {
            let heading = deck.captions ? "## \(MarkdownText.escaped(slide.caption))\n\n" : ""
            pages.append("\(heading)![\(MarkdownText.escaped(slide.alt)) h:\(height)](\(slide.file))\n\n<!-- \(MarkdownText.comment(slide.alt)) -->\n")
        }
        return "---\nmarp: true\n---\n\n<!-- Made by `unplugged build`: a Marp deck, one page per figure. -->\n\n"
            + pages.joined(separator: "\n---\n\n")
    }
}
