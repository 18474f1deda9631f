import ArgumentParser
import UnpluggedModel

/// The input a command works from, shared by every command that reads teaching data
/// (`table`, `sample`, `render`): pull it in with `@OptionGroup var input: InputOptions`.
///
/// On the command line: `[INPUT] [--tokens T] [--documents D] [--lowercase] [--end WORD]`.
/// INPUT is a documents file (any extension but `.csv`: one document per line, an
/// optional YAML front matter) or a count table (`.csv`, as the lesson's `init.csv`);
/// without it the built-in lesson is used (the reference pretrained model). The flags
/// override the documents file's front matter; only `--end` applies to a count table.
///
/// `load(contextLength:startPadding:)` reads the input into a `Lesson`: its
/// `.vocabulary` (every word, end token last, with colours and labels: one sticky per
/// word), its `.model` (the counts: `bins`, `bin(for:)`), and, on request, its documents
/// (`corpus()`, for training traces). Call it inside `reportingFailure`, so a bad input
/// prints `error: FILE:LINE:COL: …` and exits 1; bad flag values are usage errors
/// (exit 64), found by `validate()` before `run()`.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "A documents file, or a count table (.csv). Without it, the built-in lesson.",
        valueName: "input"))
    var input: String?

    @Option(help: "How to cut text into words (overrides the front matter's `tokens`).")
    var tokens: Tokenization?

    @Option(help: "How to cut text into documents (overrides the front matter's `documents`).")
    var documents: DocumentSplitting?

    @Flag(inversion: .prefixedNo, help: "Lower-case every word (overrides the front matter's `lowercase`).")
    var lowercase: Bool?

    @Option(help: ArgumentHelp("""
        The end-of-document token (overrides the front matter's `end`; default white, or <end> with --tokens words \
        or characters). For a count table: which header word it is (default the last).
        """, valueName: "word"))
    var end: String?

    /// Where the input comes from, known from its name alone.
    var source: Lesson.Source { Lesson.Source(path: input) }

    /// Whether the input is a documents file (which is counted, so can be padded).
    var isDocumentsFile: Bool {
        if case .documents = source { return true }
        return false
    }

    func validate() throws {
        if let end, end.isEmpty || end.contains(where: \.isWhitespace) {
            throw ValidationError("--end must be one word without spaces, not '\(end)'.")
        }
        switch source {
        case .documents:
            break
        case .countTable:
            if tokens != nil || documents != nil || lowercase != nil {
                throw ValidationError("--tokens, --documents and --lowercase read documents files; \(input!) is a count table.")
            }
        case .builtIn:
            if tokens != nil || documents != nil || lowercase != nil || end != nil {
                throw ValidationError("--tokens, --documents, --lowercase and --end read an INPUT file; give one, or leave them out for the built-in lesson.")
            }
        }
    }

    /// The reading choices given on the command line.
    var overrides: ReadingOverrides {
        ReadingOverrides(tokens: tokens, documents: documents, lowercase: lowercase, end: end)
    }

    /// Reads the input.
    /// - Parameters:
    ///   - contextLength: the words in a context to count documents with (default 1);
    ///     a count table's must match when given.
    ///   - startPadding: precede each document with end tokens, so first words are learnt.
    /// - Throws: `InputError` (`FILE:LINE:COL: what is wrong; how to fix it`).
    func load(contextLength: Int? = nil, startPadding: Bool = false) throws -> Lesson {
        try Lesson.load(input, overrides: overrides, contextLength: contextLength, startPadding: startPadding)
    }
}

extension Tokenization: ExpressibleByArgument {}
extension DocumentSplitting: ExpressibleByArgument {}
