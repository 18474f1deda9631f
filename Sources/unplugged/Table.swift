import ArgumentParser
import Foundation
import UnpluggedModel

/// `unplugged table [INPUT]`: prints the model as a table, one row per bin.
struct Table: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Print the model's table: one row per context (bin), one column per word.",
        discussion: """
            CSV is the count table layout (as the lesson's init.csv) and reads back as an INPUT. \
            Percentages are whole numbers that add up to 100 in every row. \
            With no INPUT, the built-in lesson's pretrained table.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("context"), help: ArgumentHelp("The words in a context, to count documents with (default 1).", valueName: "n"))
    var contextLength: Int?

    @Flag(help: "Precede each document with end tokens, so the start bin learns first words too.")
    var padStart = false

    @Option(name: .customLong("as"), help: ArgumentHelp("What the cells hold.", valueName: "values"))
    var values: TableWriter.Values = .counts

    @Option(help: "How the table is written.")
    var format: TableWriter.Format = .csv

    func validate() throws {
        if let contextLength, contextLength < 1 {
            throw ValidationError("--context must be 1 or more, not \(contextLength).")
        }
        if padStart, !input.isDocumentsFile {
            throw ValidationError("--pad-start counts documents; give a documents file as INPUT.")
        }
    }

    func run() throws {
        try reportingFailure {
            let lesson = try input.load(contextLength: contextLength, startPadding: padStart)
            var output = StandardOutput()
            TableWriter(model: lesson.model, values: values, format: format).write { output.write($0) }
            try output.finish()
        }
    }
}

extension TableWriter.Values: ExpressibleByArgument {}
extension TableWriter.Format: ExpressibleByArgument {}

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
