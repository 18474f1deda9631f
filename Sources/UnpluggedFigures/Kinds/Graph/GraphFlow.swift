/// Where each context of a flow goes: its column, the steps from where documents
/// start, and its row within the column.
///
/// A sparse model of contexts of two words or more (a class's few sentences) would
/// scatter its contexts over a mostly empty grid with arrows across the whole figure.
/// As a flow, a document is read left to right as it is written: the starts in the
/// first column, each context in the column of its fewest steps from a start, and
/// within a column the contexts ordered near the ones leading to them, so few arrows
/// cross.
struct GraphFlow {
    /// The column of each context: its fewest steps from a start (0 for a start).
    let steps: [Int]
    /// The row of each context within its column, from the top.
    let rows: [Int]

    /// - Parameters:
    ///   - count: how many contexts are shown.
    ///   - arrows: the model's arrows between shown contexts, by index (`from`, `to`).
    ///   - fullness: how many balls each context's bin holds.
    ///   - start: the start context's index, when the model pads the start and shows it.
    init(count: Int, arrows: [(from: Int, to: Int)], fullness: [Int], start: Int?) {
        let leadingTo = (0..<count).map { from in Array(Set(arrows.filter { $0.from == from && $0.to != from }.map(\.to))).sorted() }
        let ledTo = Set(arrows.filter { $0.from != $0.to }.map(\.to))
        // Documents start where no other context leads; in a model of cycles only, from
        // the start context or else the fullest contexts.
        var starts = (0..<count).filter { !ledTo.contains($0) }
        if starts.isEmpty {
            starts = start.map { [$0] } ?? Array((0..<count)
                .sorted { fullness[$0] != fullness[$1] ? fullness[$0] > fullness[$1] : $0 < $1 }
                .prefix(GraphContexts.fullestStarts)).sorted()
        }
        var steps = [Int?](repeating: nil, count: count)
        var reached: [Int] = []
        var queue = starts
        for first in starts { steps[first] = 0 }
        while reached.count < count {
            if queue.isEmpty, let unreached = (0..<count).first(where: { steps[$0] == nil }) {
                // A cycle no start leads into starts its own flow.
                steps[unreached] = 0
                queue = [unreached]
            }
            let context = queue.removeFirst()
            reached.append(context)
            for next in leadingTo[context] where steps[next] == nil {
                steps[next] = steps[context]! + 1
                queue.append(next)
            }
        }
        self.steps = steps.map { $0! }
        self.rows = Self.rows(steps: self.steps, reached: reached, arrows: arrows)
    }

    /// Rows in the order contexts are reached, then one barycentre pass down the
    /// columns: each context moves to the mean height of the contexts in the column
    /// before that lead to it, so arrows between columns run about straight.
    static func rows(steps: [Int], reached: [Int], arrows: [(from: Int, to: Int)]) -> [Int] {
        let columns = (steps.max() ?? 0) + 1
        var order = (0..<columns).map { column in reached.filter { steps[$0] == column } }
        for column in order.indices.dropFirst() {
            let before = order[column - 1]
            let height = { (context: Int) -> Double in
                (Double(before.firstIndex(of: context)!) + 0.5) / Double(before.count)
            }
            let current = order[column]
            let centres = current.enumerated().map { row, context -> Double in
                let from = Set(arrows.filter { $0.to == context && before.contains($0.from) }.map(\.from)).sorted()
                return from.isEmpty ? (Double(row) + 0.5) / Double(current.count)
                    : from.map(height).reduce(0, +) / Double(from.count)
            }
            order[column] = current.indices
                .sorted { centres[$0] != centres[$1] ? centres[$0] < centres[$1] : $0 < $1 }
                .map { current[$0] }
        }
        var rows = Array(repeating: 0, count: steps.count)
        for column in order {
            for (row, context) in column.enumerated() { rows[context] = row }
        }
        return rows
    }
}
