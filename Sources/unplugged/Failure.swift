import ArgumentParser
import Foundation

/// Runs a command's work; on an error prints `error: …` to standard error and exits 1.
///
/// Usage errors are the argument parser's and exit 64; everything that goes wrong
/// with the input or the files after parsing exits 1, as the README promises.
func reportingFailure(_ work: () throws -> Void) throws {
    do {
        try work()
    } catch let error as ExitCode {
        throw error
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode.failure
    }
}
