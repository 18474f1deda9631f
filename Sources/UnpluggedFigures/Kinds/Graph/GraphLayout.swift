import UnpluggedModel

/// Where a state diagram's nodes go.
///
/// The colour lesson's few contexts sit on a ring with the end token, so every arrow
/// is a short chord and the picture is the one on the classroom's board. Past a few
/// contexts a ring tangles (ten words make every arrow a chord through the middle), so
/// the contexts flow in columns instead (`GraphFlow`), a step from where documents
/// start (or from the prompt) each, ordered so few arrows cross; the columns are
/// spread to fill a wide slide. Contexts of two words or more that fill most of a
/// grid (context two of the colour lesson) sit on the grid, row = the earlier words,
/// column = the previous word: an arrow from a context goes to the row of its
/// previous word, so a reader follows a document down and across the grid. On a grid
/// and in a flow each context that can end has its own small end sticky beside it,
/// which keeps the end arrows short instead of a bundle of long ones to one far node.
struct GraphLayout {
    /// The frame of each context, in the order given.
    let frames: [Rect]
    /// The frame of the end token an arrow from each context goes to.
    let endFrames: [Rect]
    /// The one end node of a ring or a neighbourhood; nil on a grid or a flow, where every context has its own.
    let sharedEnd: Rect?
    /// The way each context's self-loop goes out (a unit vector).
    let loopDirections: [Point]

    static let stickyHeight = 40.0
    static let stickyGap = 4.0
    /// The end sticky beside a context on a grid or in a flow: smaller, so it reads as a marker.
    static let endStickyHeight = 26.0
    /// Room between a context and its end sticky, for the arrow and its chance.
    static let endGap = 46.0
    /// Room between grid cells, for arrows, loops and their chances.
    static let cellGap = Size(width: 96, height: 104)

    /// A ring of the contexts and then the end token, about the origin.
    static func ring(sizes: [Size], endSize: Size) -> GraphLayout {
        let all = sizes + [endSize]
        let widest = all.map(\.width).max() ?? 0
        let radius = max(150, Double(all.count) * (widest + 80) / (2 * Double.pi))
        let frames = all.indices.map { index -> Rect in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(all.count)
            return Rect(centre: Point(x: radius * PortableMath.cos(angle), y: radius * PortableMath.sin(angle)), size: all[index])
        }
        let contextFrames = Array(frames.dropLast())
        return GraphLayout(frames: contextFrames, endFrames: contextFrames.map { _ in frames[sizes.count] },
                           sharedEnd: frames[sizes.count],
                           loopDirections: contextFrames.map { outward(from: Point(x: 0, y: 0), through: $0.center) })
    }

    /// Contexts in columns by steps from where documents start, rows as `GraphFlow`
    /// orders them, each context that can end with its own small end sticky beside it.
    /// A column is as wide as its widest context, and leaves room for end stickies
    /// only when one of its contexts can end; the gaps between columns, where arrows
    /// and their chances run, widen until the flow is as wide as a slide for its
    /// height, within `flowGap`. A `spread` over 1 leaves more room all round, for
    /// chances that found none.
    static func flow(_ flow: GraphFlow, sizes: [Size], canEnd: [Bool], endSize: Size, spread: Double = 1) -> GraphLayout {
        let columnCount = (flow.steps.max() ?? 0) + 1
        let widths = (0..<columnCount).map { column -> Double in
            let members = flow.steps.indices.filter { flow.steps[$0] == column }
            return (members.map { sizes[$0].width }.max() ?? 0)
                + (members.contains { canEnd[$0] } ? flowEndGap * spread + endSize.width : 0)
        }
        let tallest = Double((0..<columnCount).map { column in flow.steps.count { $0 == column } }.max() ?? 1) * rowPitch * spread
        let gaps = Double(max(columnCount - 1, 1))
        let gap = min(max((tallest * slideAspect - widths.reduce(0, +)) / gaps, flowGap.lowerBound * spread),
                      flowGap.upperBound * spread)
        var columnX: [Double] = []
        var x = 0.0
        for (column, width) in widths.enumerated() {
            let widest = flow.steps.indices.filter { flow.steps[$0] == column }.map { sizes[$0].width }.max() ?? 0
            columnX.append(x + widest / 2)
            x += width + gap
        }
        let frames = columns(steps: flow.steps, rows: flow.rows, sizes: sizes, columnX: columnX, height: tallest)
        return GraphLayout(frames: frames, endFrames: frames.map { endSticky(beside: $0, size: endSize, gap: flowEndGap * spread) },
                           sharedEnd: nil, loopDirections: frames.map { _ in Point(x: 0, y: -1) })
    }

    /// Room between a context of a flow and its end sticky: its chance is written beside
    /// the arrow, clear of the arrows leaving the context for the next column.
    static let flowEndGap = 60.0
    /// The room a context takes in a column of a flow, with the gap below it for arrows and chances.
    static let rowPitch = stickyHeight + 48
    /// The gap between a flow's columns: at least room for a chance beside an arrow,
    /// at most as far as an arrow reads as joining its two contexts.
    static let flowGap = 64.0...240.0
    /// The shape a flow aims for, width over height: a 16:9 slide's, a little wider,
    /// as the notes go below.
    static let slideAspect = 2.0

    /// Frames in a column for each step, centred on its `columnX`; each column spread
    /// evenly over `height`.
    static func columns(steps: [Int], rows: [Int], sizes: [Size], columnX: [Double], height: Double) -> [Rect] {
        let counts = columnX.indices.map { column in steps.count { $0 == column } }
        return steps.indices.map { index -> Rect in
            let spacing = height / Double(counts[steps[index]])
            return Rect(centre: Point(x: columnX[steps[index]], y: (Double(rows[index]) + 0.5) * spacing),
                        size: sizes[index])
        }
    }

    /// Whether a grid of `contexts` would stand mostly empty: fewer contexts than half
    /// its cells, so a flow shows them closer together.
    static func gridIsSparse(_ contexts: [Context]) -> Bool {
        let (rows, columns) = gridLines(contexts)
        return contexts.count * 2 < rows.count * columns.count
    }

    /// A grid's rows (each run of earlier words) and columns (each previous word), in
    /// the order the contexts come.
    static func gridLines(_ contexts: [Context]) -> (rows: [[String]], columns: [String]) {
        var rows: [[String]] = [], columns: [String] = []
        for context in contexts {
            let earlier = Array(context.words.dropLast())
            if !rows.contains(earlier) { rows.append(earlier) }
            if let previous = context.words.last, !columns.contains(previous) { columns.append(previous) }
        }
        return (rows, columns)
    }

    /// A context's own end sticky: beside it on the right, level with its foot.
    static func endSticky(beside frame: Rect, size: Size, gap: Double = endGap) -> Rect {
        Rect(x: frame.maxX + gap, y: frame.maxY - size.height, width: size.width, height: size.height)
    }

    /// A grid of the contexts: a row for each run of earlier words, a column for each
    /// previous word, both in the order the contexts come (vocabulary order).
    static func grid(contexts: [Context], sizes: [Size], endSize: Size) -> GraphLayout {
        let (rows, columns) = gridLines(contexts)
        let cellWidths = columns.map { column in
            zip(contexts, sizes).filter { $0.0.words.last == column }.map(\.1.width).max() ?? 0
        }
        var columnX: [Double] = []
        var x = 0.0
        for width in cellWidths {
            columnX.append(x)
            x += width + endGap + endSize.width + cellGap.width
        }
        var frames: [Rect] = [], endFrames: [Rect] = []
        for (context, size) in zip(contexts, sizes) {
            let row = rows.firstIndex(of: Array(context.words.dropLast()))!
            let column = columns.firstIndex(of: context.words.last!)!
            let frame = Rect(x: columnX[column], y: Double(row) * (stickyHeight + cellGap.height),
                             width: size.width, height: size.height)
            frames.append(frame)
            endFrames.append(endSticky(beside: frame, size: endSize))
        }
        return GraphLayout(frames: frames, endFrames: endFrames, sharedEnd: nil,
                           loopDirections: frames.map { _ in Point(x: 0, y: -1) })
    }

    /// The unit vector from `centre` through `point`; straight up when they meet.
    static func outward(from centre: Point, through point: Point) -> Point {
        let dx = point.x - centre.x, dy = point.y - centre.y
        let length = (dx * dx + dy * dy).squareRoot()
        return length < 0.001 ? Point(x: 0, y: -1) : Point(x: dx / length, y: dy / length)
    }
}

extension Rect {
    /// A rectangle of `size` centred on `centre`.
    init(centre: Point, size: Size) {
        self.init(x: centre.x - size.width / 2, y: centre.y - size.height / 2, width: size.width, height: size.height)
    }

    /// Whether the two rectangles share any area.
    func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether `point` lies inside.
    func contains(_ point: Point) -> Bool {
        point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
    }
}
