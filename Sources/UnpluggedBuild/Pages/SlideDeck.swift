import UnpluggedFigures

/// The slide decks `build` writes beside the figures when the manifest asks for them
/// (`decks:`), so a teacher can present the figures at once: one slide per figure
/// file, in the manifest's order (each frame of a sequence on its own slide), the
/// figure as large as the slide allows, its caption as the slide's title and its alt
/// text both as the image's alt text and as the speaker's notes.
public struct SlideDeck: Sendable {
    /// A deck's format, as `decks:` names it.
    public enum Format: String, CaseIterable, Sendable {
        /// A PowerPoint file, with the figures' PNGs in it (`PowerPointDeck`).
        case pptx
        /// One self-contained HTML page, to present from the disk in any browser.
        case html
        /// Markdown for reveal.js.
        case reveal
        /// Markdown for Marp.
        case marp

        /// The file the deck is written to.
        public var fileName: String {
            switch self {
            case .pptx: "slides.pptx"
            case .html: "slides.html"
            case .reveal: "slides.reveal.md"
            case .marp: "slides.marp.md"
            }
        }

        /// The deck's text; nil for the PowerPoint file, which is not text but a ZIP
        /// made with the figures' PNGs (`Builder` packs it, with the PNGs at hand).
        func text(of deck: SlideDeck) -> String? {
            switch self {
            case .pptx: nil
            case .html: HTMLDeck.page(of: deck)
            case .reveal: RevealDeck.markdown(of: deck)
            case .marp: MarpDeck.markdown(of: deck)
            }
        }
    }

    /// One figure's slide.
    public struct Slide: Hashable, Sendable {
        /// The image's path, relative to the deck.
        public var file: String
        /// The figure's caption: the slide's title.
        public var caption: String
        /// The figure's alt text: the image's alt text and the speaker's notes.
        public var alt: String
        /// Where the slide stands in its sequence (training, generation) when it shows
        /// one of a sequence's frames; nil for a figure of its own.
        public var frame: Frame? = nil
    }

    /// A frame's place in its sequence, so a deck can play the sequence: step through
    /// its frames, or show the sequence's GIF when the manifest writes one.
    public struct Frame: Hashable, Sendable {
        /// The frame's index in the sequence, from 0.
        public var index: Int
        /// How many frames the sequence has.
        public var count: Int
        /// The sequence's animated GIF, relative to the deck; nil when none is written.
        public var animation: String?
        /// How long each frame shows when the sequence plays, in seconds (`frame-time`).
        public var frameTime: Double = 1.2
    }

    /// A sequence among the figures, as `Builder` knows it from the manifest's entry.
    public struct Sequence: Hashable, Sendable {
        /// The name of the sequence's first frame (`training-demo00`).
        public var firstFrame: String
        public var frameCount: Int
        /// The sequence's GIF file (`training-demo.gif`); nil when none is written.
        public var animation: String?
        /// How long each frame shows, in seconds: the figure's `frame-time`, as in its GIF.
        public var frameTime: Double

        public init(firstFrame: String, frameCount: Int, animation: String?, frameTime: Double = 1.2) {
            self.firstFrame = firstFrame
            self.frameCount = frameCount
            self.animation = animation
            self.frameTime = frameTime
        }
    }

    /// The title slide's heading; nil for none.
    public var title: String?
    public var slides: [Slide]
    /// Whether the slides show their captions.
    public var captions: Bool
    /// The manifest's theme (its top-level `theme`): the decks' own colours, so the
    /// slides around the figures are as light or dark as the figures themselves.
    public var theme: Settings.ThemeName

    /// The deck of `figures`: each shown by its PNG (what slide tools place best), or
    /// its SVG when no PNG is written; a figure with neither (a handout's PDF) has no slide.
    /// The frames of each of `sequences` know their place in it.
    public init(title: String?, figures: [(summary: FigureSummary, formats: [OutputFormat])], captions: Bool,
                theme: Settings.ThemeName = .light, sequences: [Sequence] = []) {
        self.title = title
        self.captions = captions
        self.theme = theme
        var frames: [String: Frame] = [:]
        let names = figures.map(\.summary.name)
        for sequence in sequences {
            guard let first = names.firstIndex(of: sequence.firstFrame) else { continue }
            for (index, name) in names[first...].prefix(sequence.frameCount).enumerated() {
                frames[name] = Frame(index: index, count: sequence.frameCount, animation: sequence.animation,
                                     frameTime: sequence.frameTime)
            }
        }
        slides = figures.compactMap { summary, formats in
            guard let format = [OutputFormat.png, .svg].first(where: formats.contains) else { return nil }
            return Slide(file: "\(summary.name).\(format.rawValue)", caption: FigureIndex.oneLine(summary.title),
                         alt: FigureIndex.oneLine(summary.description), frame: frames[summary.name])
        }
    }

    /// The colours the figures are drawn in with the deck's theme.
    var colours: Theme {
        theme == .light ? .light : .dark
    }

    /// The deck written in `format`; nil for `pptx`, which is not text.
    public func text(in format: Format) -> String? {
        format.text(of: self)
    }
}
