/// A stretch of one document's training that one slide shows: some of its steps in
/// order, the stickies they read and the bins they visit.
///
/// A document too long to train readably on one slide (a paragraph of prose visits
/// dozens of bins) is cut into stretches of about equal length, its parts; the frames
/// of each part show that part's stretch of the document and only the bins it visits,
/// each holding every ball it holds so far. The colour lesson's document is one part.
struct TrainingStretch: Hashable, Sendable {
    /// The document, from 0.
    let document: Int
    /// The document's steps shown, counted from its first step (0).
    let steps: Range<Int>
    /// Which part of its document this is, from 0, and how many parts the document has.
    let part: Int
    let parts: Int

    /// The document's steps, cut into `parts` stretches of about equal length (the
    /// first ones a step longer when they do not divide evenly).
    static func parts(of document: Int, stepCount: Int, parts: Int) -> [TrainingStretch] {
        let parts = max(1, min(parts, stepCount))
        var start = 0
        return (0..<parts).map { part in
            let length = stepCount / parts + (part < stepCount % parts ? 1 : 0)
            defer { start += length }
            return TrainingStretch(document: document, steps: start..<(start + length), part: part, parts: parts)
        }
    }
}
