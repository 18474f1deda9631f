import Synchronization

/// The widths of texts a handout has measured, kept: a large handout is paged from
/// the widths of its labels and words before it is drawn, and the same few thousand
/// words come back in every section, so each is measured once.
final class TextWidths: Sendable {
    private let measurer: any TextMeasuring
    private let known = Mutex<[Key: Double]>([:])

    private struct Key: Hashable {
        let text: String
        let font: Font
    }

    init(measurer: any TextMeasuring) {
        self.measurer = measurer
    }

    /// The advance width of `text` in `font`.
    func width(of text: String, font: Font) -> Double {
        let key = Key(text: text, font: font)
        if let width = known.withLock({ $0[key] }) { return width }
        let width = measurer.measure(text, font: font).width
        known.withLock { $0[key] = width }
        return width
    }
}
