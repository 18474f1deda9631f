import UnpluggedModel

/// Everything that shapes a figure besides its input: the options of `render` and of
/// a manifest's figure entry. Each option applies to the kinds its comment names and
/// is ignored by the others; the defaults are the reference lesson's.
public struct FigureOptions: Hashable, Sendable {
    /// The file name before any frame number or word; nil for the kind's default name.
    public var name: String?
    public var theme: Theme = .light
    /// Every kind but stickies: the canvas the figure fills, a 16:9 slide by default.
    public var page: Page = .wide
    /// Seeds the order balls are mixed in (bins, training, generation) and the draws
    /// of generation: the same seed gives the same figure.
    public var seed: UInt64 = 1
    /// training, overview: which document to train on, or every one in turn (training).
    public var document: DocumentChoice = .number(1)
    /// generation: the words the generated document starts with. graph: the words
    /// whose neighbourhood the diagram shows. chances, temperature: the words whose
    /// next word is shown.
    public var prompt: [String] = []
    /// generation: the most words the document may reach, prompt included.
    public var maximumLength: Int = 20
    /// training: each step as two frames (go to the bin, then drop the ball), or one.
    public var framesPerStep: FramesPerStep = .two
    /// bins, generation: balls mixed in a seeded order, or grouped by word.
    public var ballOrder: BallOrder = .mixed
    /// table: what the cells hold.
    public var values: TableValues = .percent
    /// table: tint each cell by its value.
    public var shading: Bool = false
    /// table: when the vocabulary has more next words than this, show the likeliest
    /// this many and an "other" column. graph: each context's arrows to its likeliest
    /// this many next words. chances, temperature: bars of the likeliest this many,
    /// and "other".
    public var topWords: Int = 12
    /// table: write a next word that has no balls as 0; blank by default, so the few
    /// words that can follow stand out in a large table.
    public var showsZeros: Bool = false
    /// table, bins: the contexts to show, in this order, instead of the automatic
    /// choice; empty for that choice.
    public var contexts: [Context] = []
    /// graph: arrows less likely than this (0 to 1) are left out.
    public var minimumChance: Double = 0
    /// compare: each model drawn as bins or as a table.
    public var comparedAs: CompareLayout = .bins
    /// compare: the documents each model generates, listed under it.
    public var documentCount: Int = 3
    /// temperature: the temperatures shown, a column each (each 0 or more).
    public var temperatures: [Double] = [0.5, 1, 2]
    /// generation: the temperature balls are drawn at (0 or more; 1 draws them as counted).
    public var temperature: Double = 1
    /// tokens: the text to cut into tokens, instead of the input's first document.
    public var text: String?
    /// stickies: the most files the set may have; more is refused before any is drawn.
    public var maximumFiles = StickyFigure.defaultMaximumFiles
    /// The files written for each figure (its formats), to count a set's files.
    public var filesPerFigure = 2

    public init() {}

    /// Each training step as two frames, as in the reference, or one.
    public enum FramesPerStep: String, CaseIterable, Hashable, Sendable {
        /// Go to the bin of the context, then drop the ball of the next word.
        case two
        /// Both at once.
        case one
    }

    /// The order balls rest in, bottom row first.
    public enum BallOrder: String, CaseIterable, Hashable, Sendable {
        /// A seeded shuffle, as balls look after being poured in.
        case mixed
        /// Word by word, in vocabulary order: easier to count.
        case grouped
    }

    /// What a table's cells hold.
    public enum TableValues: String, CaseIterable, Hashable, Sendable {
        /// Percentages as every figure rounds them (`Percentages`).
        case percent
        /// count / total, as "3/10".
        case fraction
        /// The counts themselves.
        case counts
    }
}
