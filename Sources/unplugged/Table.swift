import ArgumentParser
import Foundation
import UnpluggedBuild
import UnpluggedFigures
import UnpluggedModel

/// `unplugged table [INPUT]`: prints the model as a table, one row per bin.
struct Table: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Print the model's table: one row per context (bin), one column per word.",
        usage: "unplugged table [INPUT] [options]",
        discussion: """
            CSV is the count table layout (as the lesson's init.csv) and reads back as an INPUT. \
            Percentages are rounded as every figure rounds them: whole numbers adding up to 100, \
            but equal counts print equal numbers (a row may then add up to a little less), \
            and a word seen under half a percent prints <1. \
            With no INPUT, the built-in lesson's pretrained table.

            `unplugged table --help` lists its options.
            """
    )

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("INPUT, then the options below.", valueName: "arguments"))
    var arguments: [String] = []

    func run() throws {
        let request = try TableArguments(arguments)
        try reportingFailure {
            let lesson = try Lesson.load(request.input, reading: request.settings.reading)
            var output = StandardOutput()
            TableWriter(model: lesson.model, values: request.values, format: request.format).write { output.write($0) }
            try output.finish()
        }
    }
}

/// What `table`'s arguments ask for.
struct TableArguments {
    var input: String?
    /// The reading options.
    var settings = Settings()
    var values: TableWriter.Values = .counts
    var format: TableWriter.Format = .csv

    static let declarations: [OptionDeclaration<TableArguments>] = {
        Settings.readingOptions.map { $0.lifted(into: \.settings) } + [
            .choice("as", help: "What the cells hold.", kinds: [], \.values, defaultValue: .counts),
            .choice("format", help: "How the table is written.", kinds: [], \.format, defaultValue: .csv),
        ]
    }()

    /// Reads the arguments.
    /// - Throws: `ValidationError` (exit 64) for a command line that does not parse.
    init(_ arguments: [String]) throws {
        let parsed = try FlagParser(command: Table.self, declarations: Self.declarations)
            .parse(arguments, into: self, positionalsAtMost: 1, usage: "table takes at most one INPUT")
        self = parsed.root
        input = parsed.positionals.first
        try check(parsed.given, for: nil, input: input)
    }
}


/// Standard output written with `write(2)`: a table can be hundreds of megabytes, and
/// this copies nothing on the way.
struct StandardOutput {
    private var failure: Int32?

    /// Writes all of `bytes`, remembering the first failure.
    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while failure == nil, offset < bytes.count {
            let written = Foundation.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno != EINTR { failure = errno }
                continue
            }
            offset += written
        }
    }

    /// Throws when a write failed.
    func finish() throws {
        if let failure {
            throw FileError(path: "standard output", reason: "could not be written (\(String(cString: strerror(failure)))); check the disk or the pipe")
        }
    }
}
