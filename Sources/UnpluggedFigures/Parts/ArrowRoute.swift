/// The way an arrow goes between a document sticky and a bin (its label or a ball),
/// keeping to the gaps, so it crosses no sticky or bin it does not point at.
///
/// From the bottom of the sticky, it steps into the gap under its line and, when more
/// lines lie below, goes down the gap beside the sticky's column; it crosses the room
/// between the document and the bins in a lane of its own, goes down the gap beside
/// the bin's column to the gap above the bin's row, and drops onto its end there.
/// An arrow up from a ball to the document's new sticky goes the same way backwards.
enum ArrowRoute {
    /// Room kept between an arrow going past a label and the label.
    static let clearance = 5.0

    /// The route's corners from the sticky `word` (leaving at `start`, under it) to
    /// `end` (above a label or ball) in the bin `bin`; `lane` spreads the crossings
    /// of a frame with many arrows through the room between the document and the bins.
    /// A ball under the bin's `labels` is reached beside them, then across under them.
    static func points(from start: Point, word: Rect, to end: Point, bin: Rect, labels: [Rect] = [],
                       layout: LessonLayout, lane: Int) -> [Point] {
        let documentBottom = layout.words.map(\.maxY).max() ?? word.maxY
        let gap = LessonLayout.stickyGap
        var points = [start]
        // Down the gap beside the sticky's column when more document lines lie below it.
        var x = start.x
        if documentBottom > word.maxY + 1 {
            let underLine = word.maxY + gap / 2
            x = word.maxX + gap / 2
            points += [Point(x: start.x, y: underLine), Point(x: x, y: underLine)]
        }
        let lanes = 6
        let room = LessonLayout.arrowRoom
        let crossing = documentBottom + room * (0.2 + 0.6 * Double(lane % lanes) / Double(lanes - 1))
        points.append(Point(x: x, y: crossing))
        // A bin below the first row is reached down the gap to the left of its column.
        let firstRow = layout.bins.map(\.frame.minY).min() ?? bin.minY
        let over = labels.contains { $0.minX - clearance <= end.x && end.x <= $0.maxX + clearance }
            ? (labels.map(\.maxX).max() ?? end.x) + clearance : end.x
        if bin.minY > firstRow + 1 {
            let column = bin.minX - LessonLayout.binGap.width / 2
            let aboveRow = bin.minY - LessonLayout.binGap.height / 2
            points += [Point(x: column, y: crossing), Point(x: column, y: aboveRow), Point(x: over, y: aboveRow)]
        } else {
            points.append(Point(x: over, y: crossing))
        }
        if over != end.x, let underLabels = labels.map(\.maxY).max() {
            points += [Point(x: over, y: underLabels + clearance), Point(x: end.x, y: underLabels + clearance)]
        }
        points.append(end)
        return points.enumerated().filter { index, point in
            index == 0 || abs(point.x - points[index - 1].x) > 1e-9 || abs(point.y - points[index - 1].y) > 1e-9
        }.map(\.element)
    }
}
