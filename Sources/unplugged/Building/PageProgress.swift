import Foundation

/// Progress on standard error while a long handout is drawn, on a terminal only: the
/// pages drawn and about how long the rest will take, from the time the pages so far
/// took. Piped or in a log it stays silent, so output stays one summary line.
struct PageProgress {
    let pages: Int
    private let started = Date()
    private let enabled = isatty(STDERR_FILENO) == 1

    init(pages: Int) {
        self.pages = pages
    }

    /// "page 12 of 300, about 40 s left", over the previous progress line.
    func show(_ page: Int) {
        guard enabled else { return }
        let elapsed = Date().timeIntervalSince(started)
        let left = elapsed / Double(page) * Double(pages - page)
        let estimate = page < pages ? ", about \(Int(left.rounded(.up))) s left" : ""
        FileHandle.standardError.write(Data("\r\u{1B}[Kdrawing page \(page) of \(pages)\(estimate)".utf8))
    }

    /// Wipes the progress line.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
