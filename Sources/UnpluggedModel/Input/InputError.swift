/// A mistake in what the user gave — an input file, a command-line flag or a manifest
/// key — placed and explained so a teacher can fix it: `FILE:LINE:COL: what is wrong;
/// how to fix it`, `--prompt: …`, `figures.yml:12:5: prompt: …`.
///
/// Lower layers know an option only by its name (`.option("prompt")`); the command line
/// and the manifest each say where that option was given (`placingOptions(_:)`), so the
/// same mistake reads in the words the user wrote it in.
///
/// Lines and columns count from 1; a column counts characters (as an editor shows
/// them), not bytes. A problem with the whole file (it cannot be opened) has no line.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the mistake was made.
    public var place: Place
    /// What is wrong, in the words of the lesson.
    public var problem: String
    /// What to do about it.
    public var fix: String

    /// Where a mistake was made.
    public enum Place: Hashable, Sendable {
        /// A position in an input file (the file as it was named), or the whole file.
        case file(String, line: Int?, column: Int?)
        /// An option, by its name (`prompt`), before the layer that read it says where.
        case option(String)
        /// A command-line flag as written (`--prompt`).
        case flag(String)
        /// A key of a manifest (`prompt`) at its position in the manifest.
        case key(String, file: String, line: Int, column: Int)
    }

    public init(place: Place, problem: String, fix: String) {
        self.place = place
        self.problem = problem
        self.fix = fix
    }

    /// A mistake at a position of an input file.
    public init(file: String, line: Int?, column: Int?, problem: String, fix: String) {
        self.init(place: .file(file, line: line, column: column), problem: problem, fix: fix)
    }

    /// A mistake in the value of an option, named as lower layers know it.
    public init(option: String, problem: String, fix: String) {
        self.init(place: .option(option), problem: problem, fix: fix)
    }

    /// The file of a file or manifest position; nil for a flag or an unplaced option.
    public var file: String? {
        switch place {
        case .file(let file, _, _), .key(_, let file, _, _): file
        case .option, .flag: nil
        }
    }

    /// The line of a file or manifest position.
    public var line: Int? {
        switch place {
        case .file(_, let line, _): line
        case .key(_, _, let line, _): line
        case .option, .flag: nil
        }
    }

    /// The column of a file or manifest position.
    public var column: Int? {
        switch place {
        case .file(_, _, let column): column
        case .key(_, _, _, let column): column
        case .option, .flag: nil
        }
    }

    /// The error with an option's name replaced by where it was given; other places stay.
    public func placingOptions(_ where: (String) -> Place) -> InputError {
        guard case .option(let name) = place else { return self }
        return InputError(place: `where`(name), problem: problem, fix: fix)
    }

    public var description: String {
        let prefix: String
        switch place {
        case .file(let file, let line, let column):
            prefix = [file, line.map(String.init), line == nil ? nil : column.map(String.init)]
                .compactMap { $0 }.joined(separator: ":")
        case .option(let name): prefix = name
        case .flag(let flag): prefix = flag
        case .key(let key, let file, let line, let column): prefix = "\(file):\(line):\(column): \(key)"
        }
        return "\(prefix): \(problem); \(fix)"
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
