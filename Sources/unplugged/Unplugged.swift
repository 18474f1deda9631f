import ArgumentParser
import CMalloc
import Foundation

/// The `unplugged` command: draws the figures of the "language models, unplugged" lesson.
///
/// Every command names itself (`commandName:`): left out, the argument parser derives
/// each name from its type's name at run time, a millisecond of every start-up.
///
/// The version goes into every build record, and a record from another version
/// reuses nothing: raise it whenever the same inputs draw different bytes, so that
/// a teacher's next `build` draws every figure again instead of mixing old and new.
@main
struct Unplugged: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unplugged",
        abstract: "Draw the figures of the \"language models, unplugged\" lesson from teaching data.",
        version: "0.2.1",
        subcommands: [Render.self, Table.self, Sample.self, Build.self, Watch.self, Score.self, Serve.self]
    )

    /// The name and version `build` records with the files it writes.
    static let tool = "unplugged \(configuration.version)"

    /// Runs the command the arguments name, then makes sure that what it printed
    /// reached standard output: a full disk or a broken pipe is an error (exit 1), not
    /// output silently lost.
    static func main() {
        keepLargeBuffersInTheHeap()
        var name = configuration.commandName!
        do {
            var command = try parseAsRoot()
            name = type(of: command).configuration.commandName.map { "\(name) \($0)" } ?? name
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            // A command line that does not parse: one `error:` line, then where to look.
            FileHandle.standardError.write(Data("error: \(message(for: error))\nSee '\(name) --help'.\n".utf8))
            Foundation.exit(code.rawValue)
        }
        // `print` writes through the C library's buffer, and a write that fails shows
        // when it is flushed. (Commands with much to print use `StandardOutput`, which
        // sees every failure: Swift 6 code cannot reach `stdout` for `ferror`.)
        if fflush(nil) != 0 {
            let reason = String(cString: strerror(errno))
            FileHandle.standardError.write(Data("error: standard output: could not be written (\(reason)); check the disk or the pipe\n".utf8))
            Foundation.exit(ExitCode.failure.rawValue)
        }
    }

    /// Every figure draws into a raster of a few megabytes, encodes it and frees it.
    /// glibc serves such blocks with fresh `mmap`s by default, so each frame pays to
    /// fault in zeroed pages again; keeping them in the heap lets the next frame reuse
    /// them (a fifth less CPU for the lesson set; `Scripts/bench-lesson`).
    private static func keepLargeBuffersInTheHeap() {
        let largest = 64 << 20
        _ = mallopt(M_MMAP_THRESHOLD, Int32(largest))
        _ = mallopt(M_TRIM_THRESHOLD, Int32(4 * largest))
    }
}
