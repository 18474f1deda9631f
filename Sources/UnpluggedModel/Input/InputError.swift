/// A problem with an input file, placed and explained so a teacher can fix it:
/// `FILE:LINE:COL: what is wrong; how to fix it`.
///
/// Lines and columns count from 1; a column counts characters (as an editor shows
/// them), not bytes. A problem with the whole file (it cannot be opened) has no line.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as it was named on the command line.
    public var file: String
    public var line: Int?
    public var column: Int?
    /// What is wrong, in the words of the lesson.
    public var problem: String
    /// What to do about it.
    public var fix: String

    public init(file: String, line: Int?, column: Int?, problem: String, fix: String) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
        self.fix = fix
    }

    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(problem); \(fix)"
    }
}

/// A problem found while streaming an input, known only by its byte offset.
///
/// The fast readers do not count lines; when something is wrong, the offset is turned
/// into a line and column by reading the file again up to it (`InputText.inputError`).
struct LocatedProblem: Error {
    var offset: Int
    var problem: String
    var fix: String
}
