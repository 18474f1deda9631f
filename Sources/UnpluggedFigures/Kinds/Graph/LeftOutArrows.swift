import UnpluggedModel

/// The next words of each shown context whose arrows a state diagram does not draw:
/// too unlikely (`--min-chance`, `--top`, a crowded figure) or leading to a context
/// outside the view. A diagram that drops arrows silently makes a context's arrows add
/// up to less than 100% with no word why; so it says, per context, how many next words
/// it left out and their share ("and 4 other next words, 10%").
struct LeftOutArrows {
    /// What one context leaves out.
    struct Share {
        let words: Int
        let percent: Percent

        /// "4 more next words, 10%", or "its 2 next words, 100%" when none is drawn.
        func description(drawnAny: Bool) -> String {
            (drawnAny ? AltText.count(words, "more next word")
                : words == 1 ? "its next word" : "its " + AltText.count(words, "next word"))
                + ", " + percent.text
        }
    }

    /// Per shown context (in the order of `contexts`), what it leaves out; nil for a
    /// context whose every next word has its arrow.
    let of: [Share?]
    private let drawnAny: [Bool]
    private let contexts: [Context]

    init(model: Model, contexts: [Context], drawn: [GraphFigure.Edge]) {
        self.contexts = contexts
        var drawnBalls = [Set<Int>](repeating: [], count: contexts.count)
        for edge in drawn { drawnBalls[edge.from].insert(edge.ball) }
        drawnAny = drawnBalls.map { !$0.isEmpty }
        of = contexts.enumerated().map { index, context in
            let bin = model.bin(for: context)
            let hidden = bin.counts.indices.filter { !drawnBalls[index].contains($0) }
            guard !hidden.isEmpty else { return nil }
            return Share(words: hidden.count, percent: bin.percentages.other(besides: drawnBalls[index]))
        }
    }

    /// "and 4 other next words, 10%, not drawn", for a context's alt text sentence.
    func description(of index: Int) -> String? {
        of[index].map { $0.description(drawnAny: drawnAny[index]) }
    }

    /// The figure's notes: the contexts whose arrows do not all show, each with what it
    /// leaves out ("“am”: 1 more next word, 25%"), at most `listed` of them, then how
    /// many more the alt text names; in lines no wider than `width`.
    func noteLines(alt: AltText, width: Double, measurer: some TextMeasuring, listed: Int = 6) -> [String] {
        let partial = of.indices.filter { of[$0] != nil }
        guard !partial.isEmpty else { return [] }
        var entries = partial.prefix(listed).map { "\(alt.words(contexts[$0].words)): \(description(of: $0)!)" }
        let more = partial.count - entries.count
        if more > 0 { entries.append("\(AltText.count(more, "more context")) in the alt text") }
        var lines: [String] = []
        var line = "Arrows not drawn \u{2014}"
        for (index, entry) in entries.enumerated() {
            let piece = entry + (index == entries.count - 1 ? "." : ";")
            if line.isEmpty || measurer.measure(line + " " + piece, font: FigureNotes.font).width <= width {
                line += (line.isEmpty ? "" : " ") + piece
            } else {
                lines.append(line)
                line = piece
            }
        }
        return lines + [line]
    }
}
