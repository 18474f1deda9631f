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
        let output = Pipe(), error = Pipe()
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
        // Read both pipes before waiting, so a chatty run cannot fill one and stall.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
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
