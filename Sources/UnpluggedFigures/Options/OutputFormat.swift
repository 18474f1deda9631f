/// A file format a figure can be written as.
public enum OutputFormat: String, CaseIterable, Comparable, Hashable, Sendable {
    /// A file per figure or frame.
    case svg, png, pdf
    /// One looping animation of a whole sequence (training, generation): a format of
    /// the sequence, written beside its frames' files, not of each frame.
    case gif

    /// svg, png, pdf, gif: the order files of one figure are listed and written in.
    public static func < (lhs: OutputFormat, rhs: OutputFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether it is a file per figure or frame (not a sequence's GIF).
    public var isPerFigure: Bool { self != .gif }
}
