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

    /// The PDF's file name when none is given.
    public static let defaultName = "handout"
    /// The most balls a bucket can be asked to hold: more is no longer a classroom kit.
    public static let largestCapacity = 1000

    public init(paper: Paper = .a4, capacity: Int = 10, die: Die = .d10, name: String = defaultName) {
        self.paper = paper
        self.capacity = capacity
        self.die = die
        self.name = name
    }

    /// Lays out every page.
    public func handout(of lesson: Lesson, measurer: some TextMeasuring) -> HandoutDocument {
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
