import UnpluggedFigures
import UnpluggedModel

/// The two pages `build` writes beside the figures, so they can be used at once:
/// `figures.md`, MyST `{figure}` directives to paste into a lesson's slides or book,
/// and `index.html`, a gallery to look over every figure in a browser straight from
/// the disk (relative paths, inline CSS, no JavaScript).
public struct FigureIndex: Sendable {
    /// The figures in the manifest's order, frames in order, each with its formats.
    public var figures: [(summary: FigureSummary, formats: [OutputFormat])]
    /// The sequences' GIFs: index.html shows each once, before its first frame.
    public var animations: [Animation]

    public static let markdownName = "figures.md"
    public static let htmlName = "index.html"

    /// A sequence's GIF, as the gallery shows it.
    public struct Animation: Hashable, Sendable {
        /// The GIF's file name, `training-demo.gif`.
        public var file: String
        /// The name of the sequence's first frame, which the GIF is shown before.
        public var firstFrame: String
        public var frameCount: Int

        public init(file: String, firstFrame: String, frameCount: Int) {
            self.file = file
            self.firstFrame = firstFrame
            self.frameCount = frameCount
        }
    }

    public init(figures: [(summary: FigureSummary, formats: [OutputFormat])], animations: [Animation] = []) {
        self.figures = figures
        self.animations = animations
    }

    /// One `{figure}` directive per figure: the file, its alt text, its caption.
    /// The SVG is shown when there is one (sharp at any size), else the PNG; a PDF
    /// alone (a handout) is a link, since pages cannot show it as a picture.
    public func markdown() -> String {
        var text = "<!-- Made by `unplugged build`: one figure directive per figure, to copy into MyST pages. -->\n"
        for (summary, formats) in figures {
            guard formats != [.pdf] else {
                text += "\n[\(Self.oneLine(summary.title))](\(Self.file(summary.name, formats))) \(Self.oneLine(summary.description))\n"
                continue
            }
            text += """

                ```{figure} \(Self.file(summary.name, formats))
                :alt: \(Self.oneLine(summary.description))
                :name: \(summary.name)

                \(Self.oneLine(summary.title))
                ```

                """
        }
        return text
    }

    /// A page with every figure and its caption, and links to the slide `decks` written
    /// beside it; light or dark with the reader's system.
    public func html(title: String, decks: [SlideDeck.Format] = []) -> String {
        var page = HTMLHead.opening(title: title) + """
            :root { color-scheme: light dark; --ink: #262626; --paper: #ffffff; --card: #f4f4f4; --muted: #595959; }
            @media (prefers-color-scheme: dark) { :root { --ink: #e8e8e8; --paper: #1e1f22; --card: #2b2d31; --muted: #a6a6a6; } }
            body { margin: 2rem; font-family: system-ui, sans-serif; color: var(--ink); background: var(--paper); }
            h1 { font-size: 1.4rem; }
            main { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1.25rem; align-items: start; }
            figure { margin: 0; padding: 0.75rem; background: var(--card); border-radius: 0.5rem; }
            img { display: block; width: 100%; height: auto; background: #ffffff; border-radius: 0.25rem; }
            figcaption { margin-top: 0.5rem; font-size: 0.9rem; }
            figcaption small { display: block; color: var(--muted); }
            </style>
            </head>
            <body>
            <h1>\(MarkupText.escaped(title))</h1>

            """
        if !decks.isEmpty {
            page += "<p>Slides: " + decks.map { "<a href=\"\($0.fileName)\">\($0.fileName)</a>" }.joined(separator: ", ") + "</p>\n"
        }
        page += "<main>\n"
        for (summary, formats) in figures {
            for animation in animations where animation.firstFrame == summary.name {
                let file = MarkupText.escaped(animation.file)
                let what = "The \(English.count(animation.frameCount, "frame", "follow")), one after another, looping"
                page += """
                    <figure id="\(file)"><a href="\(file)"><img src="\(file)" alt="\(what)" loading="lazy"></a>
                    <figcaption>\(what)<small>\(file)</small></figcaption></figure>

                    """
            }
            let file = MarkupText.escaped(Self.file(summary.name, formats))
            let picture = formats == [.pdf]
                ? "<a href=\"\(file)\">\(file)</a>"
                : "<a href=\"\(file)\"><img src=\"\(file)\" alt=\"\(MarkupText.escaped(summary.description))\" loading=\"lazy\"></a>"
            page += """
                <figure id="\(MarkupText.escaped(summary.name))">\(picture)
                <figcaption>\(MarkupText.escaped(summary.title))<small>\(MarkupText.escaped(summary.name))</small></figcaption></figure>

                """
        }
        return page + "</main>\n</body>\n</html>\n"
    }

    /// The file that shows a figure best among those written (a sequence's GIF is
    /// not one frame's file: it is shown once, as an `Animation`).
    static func file(_ name: String, _ formats: [OutputFormat]) -> String {
        let format = [OutputFormat.svg, .png, .pdf].first { formats.contains($0) } ?? .svg
        return "\(name).\(format.rawValue)"
    }

    /// Text on one line: a directive option ends at the line's end.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
