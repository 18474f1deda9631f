import Synchronization
import UnpluggedFigures

/// The metrics Pango gave for a text in a font, kept for the process: a figure's
/// layout measures the same few hundred words again and again (every bin's labels at
/// each size tried, the legend, each ball), and the server lays out figure after figure
/// of one class's vocabulary. Measuring is a third of a bins figure's time; a look-up
/// here costs a hash of the text.
///
/// Pango's answer depends only on the text, the font and the fonts installed, which do
/// not change while the process runs (the tests pin theirs before Pango is first used),
/// so a kept answer is the answer Pango would give again.
enum TextMetricsCache {
    /// Enough for every word of a large book in the three or four sizes a figure
    /// tries, at about a hundred bytes each: a megabyte or two at most.
    static let capacity = 20_000

    private struct Key: Hashable {
        var text: String
        var font: Font
    }

    private static let kept = Mutex<[Key: TextMetrics]>([:])

    /// The kept metrics of `text` in `font`, or those `measure` makes, then kept.
    static func metrics(_ text: String, font: Font, measure: () -> TextMetrics) -> TextMetrics {
        let key = Key(text: text, font: font)
        if let metrics = kept.withLock({ $0[key] }) { return metrics }
        // Measured outside the lock, so that two threads measure at once; should both
        // measure one text, they find the same metrics.
        let metrics = measure()
        kept.withLock { kept in
            // Emptied when full rather than ordered by use: the figures of one
            // vocabulary fill it again within a figure or two.
            if kept.count >= capacity { kept.removeAll(keepingCapacity: true) }
            kept[key] = metrics
        }
        return metrics
    }
}
