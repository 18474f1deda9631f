/// A file format a figure can be written as.
public enum OutputFormat: String, CaseIterable, Comparable, Hashable, Sendable {
    case svg, png, pdf

    /// svg, png, pdf: the order files of one figure are listed and written in.
    public static func < (lhs: OutputFormat, rhs: OutputFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
