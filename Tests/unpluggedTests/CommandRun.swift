import Foundation
import Testing

/// What one run of the built `unplugged` binary printed and how it exited.
struct CommandRun {
    let status: Int32
    let standardOutput: String
    let standardError: String

    /// Runs the `unplugged` binary that `swift build` put beside this test bundle.
    ///
    /// - Parameters:
    ///   - arguments: the command line after `unplugged`.
    ///   - folder: the working directory of the run.
    ///   - input: bytes fed to standard input.
    static func unplugged(_ arguments: [String], in folder: URL? = nil, input: Data? = nil) throws -> CommandRun {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        // Output goes to files, not pipes, read once the run is over: a blocking read of a
        // pipe can be interrupted by a signal while other tests' processes exit, and
        // Foundation traps on that.
        let outputs = try temporaryFolder()
        let outputFile = outputs.appendingPathComponent("stdout"), errorFile = outputs.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputFile), error = try FileHandle(forWritingTo: errorFile)
        defer {
            try? output.close()
            try? error.close()
        }
        process.standardOutput = output
        process.standardError = error
        // Standard input comes from a file, not a pipe: writing to a pipe while other
        // tests' processes exit can be interrupted by a signal, and Foundation traps.
        if let input {
            let file = try temporaryFolder().appendingPathComponent("stdin")
            try input.write(to: file)
            process.standardInput = try FileHandle(forReadingFrom: file)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        let outputData = try Data(contentsOf: outputFile)
        let errorData = try Data(contentsOf: errorFile)
        return CommandRun(status: process.terminationStatus,
                          standardOutput: String(decoding: outputData, as: UTF8.self),
                          standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// The built binary: tests live in `.build/<configuration>/`, beside it.
    static var binary: URL {
        var folder = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("unplugged").path),
              folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("unplugged")
    }
}

/// A new empty folder under the system's temporary folder, for one test's files.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("unplugged-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
