import Foundation

/// Progress on standard error while a build works, on a terminal only: a line that
/// redraws itself in place. Piped or in a log it stays silent, so output stays one
/// summary line.
struct BuildProgress: Sendable {
    var enabled = isatty(STDERR_FILENO) == 1

    /// "drawing 3/8", over the previous progress line.
    func show(_ stage: String, _ done: Int, of total: Int) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(stage) \(done)/\(total)".utf8))
    }

    /// Wipes the progress line.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
