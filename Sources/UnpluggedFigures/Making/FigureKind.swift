/// The kinds of lesson figure, each drawn from the model or one of its traces.
public enum FigureKind: String, CaseIterable, Hashable, Sendable {
    /// One sticky note per word, the end token included.
    case stickies
    /// The probability table with sticky headers.
    case table
    /// The trained model: a bin per context, its balls packed from the bottom.
    case bins
    /// Numbered frames of training on one document.
    case training
    /// Numbered frames of generating one document.
    case generation
    /// Every training arrow of one document at once.
    case overview
    /// The model as a state diagram.
    case graph
    /// Two models side by side: their bins or tables, and documents each generates.
    case compare
    /// The next-word chances after a prompt, as sorted bars.
    case chances
    /// One context's chances at several temperatures, as bars and balls.
    case temperature
    /// A text cut into tokens, its sorted vocabulary numbered, and the text as numbers.
    case tokens

    /// The file name (without extension, and before any frame number) a figure of
    /// this kind gets when none is given: the reference lesson's names.
    public var defaultName: String {
        switch self {
        case .stickies: "sticky"
        case .table: "table"
        case .bins: "trained-model"
        case .training: "training-demo"
        case .generation: "generation-demo"
        case .overview: "clean-train"
        case .graph: "graph"
        case .compare: "compare"
        case .chances: "chances"
        case .temperature: "temperature"
        case .tokens: "tokens"
        }
    }

    /// Whether the kind is drawn from the documents themselves (a training trace),
    /// so a count table, which has none, cannot make it.
    public var needsDocuments: Bool {
        self == .training || self == .overview
    }

    /// Whether the kind draws a numbered sequence of frames, played in turn: only
    /// these make an animated GIF (`OutputFormat.gif`).
    public var isSequence: Bool {
        self == .training || self == .generation
    }

    /// Whether the kind cuts a text into tokens itself (its input's first document, or
    /// its `text` option), so the reading options shape it whatever the input.
    public var readsText: Bool {
        self == .tokens
    }
}
