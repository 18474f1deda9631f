/// A deck as reveal.js Markdown, in the lesson's own slides' convention: `--` between
/// slides (vertical, one topic) and the speaker's notes after `Notes:`.
enum RevealDeck {
    static func markdown(of deck: SlideDeck) -> String {
        var pages: [String] = []
        if let title = deck.title { pages.append("# \(MarkdownText.escaped(title))\n") }
        for slide in deck.slides {
            let heading = deck.captions ? "## \(MarkdownText.escaped(slide.caption))\n\n" : ""
            pages.append("\(heading)![\(MarkdownText.escaped(slide.alt))](\(slide.file))\n\nNotes: \(slide.alt)\n")
        }
        return "<!-- Made by `unplugged build`: a reveal.js deck, one slide per figure. -->\n\n"
            + pages.joined(separator: "\n--\n\n")
    }
}
