import ArgumentParser
import Foundation
import UnpluggedModel

/// Runs a command's work; on an error prints `error: …` to standard error and exits 1.
///
/// Usage errors are thrown before the work (exit 64); everything that goes wrong with
/// the input or the files exits 1, as the README promises. An option a lower layer
/// names (a prompt word the model does not know) is named as its flag, `--prompt`.
func reportingFailure(_ work: () throws -> Void) throws {
    do {
        try work()
    } catch let error as ExitCode {
        throw error
    } catch let error as InputError {
        FileHandle.standardError.write(Data("error: \(error.onCommandLine)\n".utf8))
        throw ExitCode.failure
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode.failure
    }
}
