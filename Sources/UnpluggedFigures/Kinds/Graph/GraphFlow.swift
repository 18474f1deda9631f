/// Where each context of a layered state diagram goes: its column, the steps from
/// where documents start, and its row within the column.
///
/// A ring of ten words has every arrow as a chord through the middle, a tangle; a
/// grid of a class's few sentences stands mostly empty, with arrows across the whole
/// figure. In a flow a document is read left to right as it is written: the starts in
/// the first column, each context in the column of its fewest steps from a start, and
/// within a column the contexts ordered so few arrows cross (the layered layout of
/// Sugiyama and others): an arrow that skips columns passes a waypoint in each column
/// between, an arrow back to an earlier column counts as one forward, and sweeps to
/// and fro move each context to the mean row of its neighbours in the column beside
/// (the barycentre), then swap neighbours in a column while that removes crossings.
/// The order with the fewest crossings is kept. Pure and deterministic: no Cairo, no
/// order taken from a Set or a Dictionary.
struct GraphFlow {
    /// The column of each context: its fewest steps from a start (0 for a start).
    let steps: [Int]
    /// The row of each context within its column, from the top.
    let rows: [Int]
    /// How many pairs of arrows cross between neighbouring columns in the order
    /// chosen, each arrow drawn straight from waypoint to waypoint.
    let crossings: Int

    /// How many sweeps to and fro are tried.
    static let sweeps = 8

    /// - Parameters:
    ///   - count: how many contexts are shown.
    ///   - arrows: the arrows between shown contexts, by index (`from`, `to`).
    ///   - fullness: how many balls each context's bin holds.
    ///   - start: the start context's index, when the model pads the start and shows it.
    ///   - starts: where the flow starts when the caller knows (a neighbourhood's
    ///     prompt); otherwise where no other context leads.
    init(count: Int, arrows: [(from: Int, to: Int)], fullness: [Int], start: Int?, starts given: [Int]? = nil) {
        let leadingTo = (0..<count).map { from in Array(Set(arrows.filter { $0.from == from && $0.to != from }.map(\.to))).sorted() }
        let ledTo = Set(arrows.filter { $0.from != $0.to }.map(\.to))
        // Documents start where no other context leads; in a model of cycles only, from
        // the start context or else the fullest contexts.
        var starts = given ?? (0..<count).filter { !ledTo.contains($0) }
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
        var layers = Layers(steps: self.steps, reached: reached, arrows: arrows)
        crossings = layers.orderForFewestCrossings()
        var rows = Array(repeating: 0, count: count)
        for column in layers.order {
            for (row, context) in column.filter({ $0 < count }).enumerated() { rows[context] = row }
        }
        self.rows = rows
    }

    /// The columns of a flow with a waypoint wherever an arrow passes a column, and
    /// the links between neighbouring columns that arrows are cut into.
    struct Layers {
        /// Each column's contexts and waypoints, from the top; a waypoint's number is
        /// past the contexts'.
        private(set) var order: [[Int]]
        /// The links between a column and the next, each as (left end, right end).
        let links: [[(Int, Int)]]

        init(steps: [Int], reached: [Int], arrows: [(from: Int, to: Int)]) {
            let columns = (steps.max() ?? 0) + 1
            var order = (0..<columns).map { column in reached.filter { steps[$0] == column } }
            var links = [[(Int, Int)]](repeating: [], count: max(columns - 1, 0))
            // Each pair of contexts once, whichever way its arrows go: a pair that
            // follows each other both ways is one line to the eye.
            var pairs: [(Int, Int)] = []
            for arrow in arrows where steps[arrow.from] != steps[arrow.to] {
                let pair = steps[arrow.from] < steps[arrow.to] ? (arrow.from, arrow.to) : (arrow.to, arrow.from)
                if !pairs.contains(where: { $0 == pair }) { pairs.append(pair) }
            }
            var waypoint = steps.count
            for (left, right) in pairs {
                var previous = left
                for column in (steps[left] + 1)..<steps[right] {
                    order[column].append(waypoint)
                    links[column - 1].append((previous, waypoint))
                    previous = waypoint
                    waypoint += 1
                }
                links[steps[right] - 1].append((previous, right))
            }
            self.order = order
            self.links = links
        }

        /// Sweeps to and fro, keeping the order with the fewest crossings; returns how many.
        mutating func orderForFewestCrossings() -> Int {
            var best = (order: order, crossings: crossings())
            for _ in 0..<GraphFlow.sweeps where best.crossings > 0 {
                for column in order.indices.dropFirst() { sortByBarycentre(column, towards: column - 1) }
                for column in order.indices.dropLast().reversed() { sortByBarycentre(column, towards: column + 1) }
                for column in order.indices { swapNeighbours(in: column) }
                let now = crossings()
                if now < best.crossings { best = (order, now) }
            }
            order = best.order
            return best.crossings
        }

        /// Orders `column` by the mean row of each member's neighbours in the column
        /// `towards`; a member with none there keeps its row.
        private mutating func sortByBarycentre(_ column: Int, towards other: Int) {
            let row = Dictionary(uniqueKeysWithValues: order[other].enumerated().map { ($1, Double($0)) })
            let between = other < column ? links[other] : links[column]
            let members = order[column]
            let centres = members.enumerated().map { index, member -> Double in
                let neighbours = between.compactMap { link -> Double? in
                    other < column ? (link.1 == member ? row[link.0] : nil) : (link.0 == member ? row[link.1] : nil)
                }
                guard !neighbours.isEmpty else { return Double(index) }
                // Scaled to this column's rows, so members without neighbours keep their place among them.
                let scale = Double(max(members.count - 1, 1)) / Double(max(order[other].count - 1, 1))
                return neighbours.reduce(0, +) / Double(neighbours.count) * scale
            }
            order[column] = members.indices
                .sorted { centres[$0] != centres[$1] ? centres[$0] < centres[$1] : $0 < $1 }
                .map { members[$0] }
        }

        /// Swaps neighbours in `column` while a swap removes crossings.
        private mutating func swapNeighbours(in column: Int) {
            var improved = true
            while improved {
                improved = false
                for row in order[column].indices.dropLast() {
                    let before = crossings(around: column)
                    order[column].swapAt(row, row + 1)
                    if crossings(around: column) < before { improved = true } else { order[column].swapAt(row, row + 1) }
                }
            }
        }

        /// Crossings between every pair of neighbouring columns.
        func crossings() -> Int {
            links.indices.map { crossings(between: $0) }.reduce(0, +)
        }

        /// Crossings of the links on either side of `column`.
        private func crossings(around column: Int) -> Int {
            (column > 0 ? crossings(between: column - 1) : 0) + (column < links.count ? crossings(between: column) : 0)
        }

        /// Crossings of the links from `column` to the next: two links cross when their
        /// left ends and right ends come in opposite orders.
        private func crossings(between column: Int) -> Int {
            let left = Dictionary(uniqueKeysWithValues: order[column].enumerated().map { ($1, $0) })
            let right = Dictionary(uniqueKeysWithValues: order[column + 1].enumerated().map { ($1, $0) })
            let ends = links[column].map { (left[$0.0]!, right[$0.1]!) }
            var count = 0
            for (index, first) in ends.enumerated() {
                for second in ends[(index + 1)...] where (first.0 - second.0) * (first.1 - second.1) < 0 {
                    count += 1
                }
            }
            return count
        }
    }
}
