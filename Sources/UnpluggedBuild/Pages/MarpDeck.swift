import UnpluggedFigures

/// A deck as Marp Markdown: front matter that turns Marp on, sets the theme's colours
/// and sizes the images, `---` between pages, and the speaker's notes as an HTML comment
/// (which Marp shows as the presenter's notes; so the note that says where the deck
/// comes from is a YAML comment).
enum MarpDeck {
    /// The images' height on Marp's 1280 × 720 page: the page less its padding and,
    /// when shown, the caption's heading.
    static func imageHeight(captions: Bool) -> Int { captions ? 460 : 540 }

    static func markdown(of deck: SlideDeck) -> String {
        var pages: [String] = []
        if let title = deck.title { pages.append("# \(MarkdownText.escaped(title))\n") }
        for slide in deck.slides {
            let heading = deck.captions ? "## \(MarkdownText.escaped(slide.caption))\n\n" : ""
            pages.append("\(heading)![\(altText(slide.alt))](\(slide.file))\n\n<!-- \(MarkdownText.comment(slide.alt)) -->\n")
        }
        let colours = deck.colours
        // Every image fills the same box and keeps its shape inside it (object-fit), so
        // a wide figure and a small sticky are each as large as the page allows; Marp's
        // own `h:` size would stretch a wide one past the page's edge.
        return """
            ---
            # Made by `unplugged build`: a Marp deck, one page per figure.
            marp: true
            backgroundColor: "\(colours.background?.hex ?? "#ffffff")"
            color: "\(colours.ink.hex)"
            style: |
              section img { display: block; width: 100%; height: \(imageHeight(captions: deck.captions))px; object-fit: contain; }
            ---


            """ + pages.joined(separator: "\n---\n\n")
    }

    /// `alt` written as an image's alt text that Marpit leaves as it is. Marpit reads an
    /// image's alt text, as written in the Markdown, as words apart by spaces, and takes
    /// each word that is one of its image keywords (`10%`, `w:200`, `blur`, `bg`, ...) out
    /// of the alt text as a size, a filter or a background. Such a word is written with
    /// its first character as a character reference (`&#49;0%`): Marpit no longer sees
    /// the keyword, and Markdown reads the reference back, so the alt text is unchanged.
    static func altText(_ alt: String) -> String {
        var written = ""
        var word = ""
        func endWord() {
            if let first = word.unicodeScalars.first, isImageKeyword(word) {
                written += "&#\(first.value);" + MarkdownText.escaped(String(word.unicodeScalars.dropFirst()))
            } else {
                written += MarkdownText.escaped(word)
            }
            word = ""
        }
        for character in alt {
            if character.isWhitespace {
                endWord()
                written.append(character)
            } else {
                word.append(character)
            }
        }
        endWord()
        return written
    }

    /// Whether Marpit would take `word` for an image keyword: the patterns of its image
    /// and background parsers (marpit `src/markdown/image/parse.js` and
    /// `background_image/parse.js`), which match whole words, case and all.
    static func isImageKeyword(_ word: String) -> Bool {
        imageKeywords.contains { word.wholeMatch(of: $0) != nil }
    }

    /// A percentage (a background's size); a width or height; a CSS filter, with or
    /// without its value; and the background's words.
    nonisolated(unsafe) private static let imageKeywords: [Regex<Substring>] = [
        /(?:\d*\.)?\d+%/,
        /(?:w|width|h|height):.*/,
        /(?:blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::.*)?/,
        /bg|auto|contain|cover|fit|vertical|horizontal/,
        /(?:left|right)(?::.*)?/,
    ]
}
