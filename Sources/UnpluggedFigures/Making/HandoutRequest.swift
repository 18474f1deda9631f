import UnpluggedModel

/// One handout (`render handout`, or `kind: handout` in a manifest): which input, how
/// it is read, and the classroom it is for.
///
/// `handout(measurer:)` reads the input and lays out the pages; nothing here writes
/// files, so `render` and `build` make handouts the same way.
public struct HandoutRequest: Hashable, Sendable {
    /// A documents file or a `.csv` count table; nil for the built-in lesson.
    public var input: String?
    public var overrides: ReadingOverrides
    /// The words in a context, to count documents with; nil for 1 (or a table's own).
    public var contextLength: Int?
    /// Count documents with start padding, so first words are learnt too.
    public var startPadding: Bool
    /// The paper it is printed on.
    public var paper: Paper
    /// The balls in each bucket, for the kit list.
    public var capacity: Int
    /// The die of the dice table.
    public var die: Die
    /// The PDF's file name without `.pdf`.
    public var name: String

    /// The most balls a bucket can be asked to hold: more is no longer a classroom kit.
    public static let largestCapacity = 1000

    public init(input: String? = nil, overrides: ReadingOverrides = ReadingOverrides(), contextLength: Int? = nil,
                startPadding: Bool = false, paper: Paper = .a4, capacity: Int = 10, die: Die = .d10,
                name: String = "handout") {
        self.input = input
        self.overrides = overrides
        self.contextLength = contextLength
        self.startPadding = startPadding
        self.paper = paper
        self.capacity = capacity
        self.die = die
        self.name = name
    }

    /// Reads the input and lays out every page.
    /// - Throws: `InputError` for a bad input.
    public func handout(measurer: some TextMeasuring) throws -> HandoutDocument {
        let lesson = try Lesson.load(input, overrides: overrides, contextLength: contextLength, startPadding: startPadding)
        let title = HandoutRequest.title(of: lesson)
        let pages = Handout.pages(for: lesson.model, title: title, paper: paper, capacity: capacity, die: die,
                                  measurer: measurer)
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
    public let pages: [Scene]

    /// A caption for lists of figures: "Handout: colors.txt".
    public var caption: String { "Handout: \(title)" }

    /// What the PDF holds, for lists of figures and screen readers.
    public var description: String {
        "A printable handout of \(AltText.count(pages.count, "page")) on \(paper.label): bin labels, the kit list, "
            + "sticky notes, a tally sheet, the probability table and the dice table."
    }
}
