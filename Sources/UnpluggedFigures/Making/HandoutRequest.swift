import UnpluggedModel

/// One handout (`render handout`, or `kind: handout` in a manifest): the classroom it
/// is for and the PDF's name.
///
/// `handout(of:measurer:)` lays out the pages of a lesson already loaded; nothing here
/// reads or writes files, so `render` and `build` make handouts the same way.
public struct HandoutRequest: Hashable, Sendable {
    /// The paper it is printed on.
    public var paper: Paper
    /// The balls in each bucket, for the kit list.
    public var capacity: Int
    /// The die of the dice table.
    public var die: Die
    /// The PDF's file name without `.pdf`.
    public var name: String
    /// The contexts whose bins the handout is for, in this order; empty for every bin.
    public var contexts: [Context] = []
    /// The likeliest next words a listed row names before "other" (`HandoutGrid`).
    public var top = 12
    /// The most pages it may have: more is refused before anything is drawn.
    public var maximumPages = HandoutRequest.defaultMaximumPages

    /// The PDF's file name when none is given.
    public static let defaultName = "handout"
    /// The most pages a handout has unless a teacher allows more (`--max-pages`): a
    /// class's handout is a handful of pages, and more than this is a pile of paper
    /// made by mistake (a novel's thousands of contexts) more often than on purpose.
    public static let defaultMaximumPages = 60
    /// The most balls a bucket can be asked to hold: more is no longer a classroom kit.
    public static let largestCapacity = 1000

    public init(paper: Paper = .a4, capacity: Int = 10, die: Die = .d10, name: String = defaultName) {
        self.paper = paper
        self.capacity = capacity
        self.die = die
        self.name = name
    }

    /// Lays out every page, and counts them, drawing none.
    /// - Throws: `InputError` at `.option("contexts")` for a context the model does
    ///   not have, or at `.option("max-pages")` when the handout would have more than
    ///   `maximumPages` pages: how many, and how to choose fewer.
    public func handout(of lesson: Lesson, measurer: some TextMeasuring) throws -> HandoutDocument {
        let title = HandoutRequest.title(of: lesson)
        var model = lesson.model
        if !contexts.isEmpty {
            let chosen = try BinSelection(model: model, chosen: contexts).contexts
            model = Model(vocabulary: model.vocabulary, contextLength: model.contextLength,
                          bins: chosen.map(model.bin(for:)), metadata: model.metadata)
        }
        let pages = Handout.pages(for: model, title: title, paper: paper, capacity: capacity, die: die, top: top,
                                  measurer: measurer)
        guard pages.count <= maximumPages else {
            throw InputError(option: "max-pages", problem: "the handout would be \(English.count(pages.count, "page")) of \(paper.label), more than \(maximumPages)",
                             fix: "choose fewer bins with --contexts (it has \(English.count(model.bins.count { !$0.isEmpty }, "context"))), "
                                + "fewer next words a row with --top, or allow it with --max-pages \(pages.count)")
        }
        return HandoutDocument(name: name, title: title, paper: paper, pages: pages)
    }

    /// The handout's title: the front matter's `title`, else the input's file name,
    /// else "Built-in lesson".
    static func title(of lesson: Lesson) -> String {
        if let title = lesson.model.metadata.title, !title.isEmpty { return title }
        switch lesson.source {
        case .builtIn: return "Built-in lesson"
        case .documents(let path), .countTable(let path): return String(path.split(separator: "/").last ?? Substring(path))
        }
    }
}

/// A handout laid out: its pages, one scene each, for one PDF.
public struct HandoutDocument: Sendable {
    /// The PDF's file name without `.pdf`.
    public let name: String
    /// What the handout is about: the title on every page and of the PDF.
    public let title: String
    public let paper: Paper
    /// Its pages, each drawn when asked for.
    public let pages: HandoutPages

    /// A caption for lists of figures: "Handout: colors.txt".
    public var caption: String { "Handout: \(title)" }

    /// What the PDF holds, for lists of figures and screen readers.
    public var description: String {
        "A printable handout of \(AltText.count(pages.count, "page")) on \(paper.label): bin labels, the kit list, "
            + "sticky notes, a tally sheet, the probability table and the dice table."
    }
}
