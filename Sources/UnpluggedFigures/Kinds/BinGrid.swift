/// How the bins figure lays its bins out on a slide: how many a row, how tall, how wide
/// at the bottom.
///
/// A teacher checks the bins against the table, so a ball should be one count. The
/// reference's square bins, in the rows that show the figure largest, hold only a few
/// balls large enough to carry a readable symbol, while a class's fullest bin holds a
/// dozen and the slide's height stands half empty. So when those bins cannot hold the
/// fullest bin one ball a count, the grid is chosen among more or fewer bins a row,
/// taller bins and wider bottoms: of those that hold it, one that shows the figure
/// about largest. Only when none does (a novel) are counts scaled, on the grid that
/// holds the most balls, so the scale is as small as the slide allows.
struct BinGrid: Hashable {
    /// Bins a row.
    let perRow: Int
    /// Each bin's height; every bin is the reference's width.
    let binHeight: Double
    /// Each bin's bottom as a share of its top.
    let bottomRatio: Double

    /// Bin heights tried, from the reference's square up to three times as tall.
    static let binHeights = Array(stride(from: LessonLayout.binSize.height, through: 3 * LessonLayout.binSize.height, by: 10))
    /// Bottoms tried: the reference's, then wider, still a bucket.
    static let bottomRatios = [BinShape.referenceBottomRatio, 0.6, 0.75]

    /// The grid for `binCount` bins (under a document of `wordCount` stickies, 0 for
    /// none) on `page`, with `notesHeight` of notes under them, whose bins hold `fullest`
    /// balls, one a count, as `capacity` says: the balls a bin of a grid holds at a
    /// readable floor (the smallest text the slide shows it at; see `balls(holding:)`).
    static func choosing(wordCount: Int = 0, binCount: Int, fullest: Int, page: Page, notesHeight: Double,
                         capacity: (BinGrid, Double) -> Int) -> BinGrid {
        let square = square(wordCount: wordCount, binCount: binCount, page: page, notesHeight: notesHeight)
        func shown(_ grid: BinGrid) -> Size {
            let size = grid.size(wordCount: wordCount, binCount: binCount)
            return Size(width: size.width, height: size.height + notesHeight)
        }
        func holds(_ grid: BinGrid, shown size: Size? = nil) -> Int {
            capacity(grid, SlideFit.readableTextSize(for: size ?? shown(grid), on: page))
        }
        let squareHolds = holds(square)
        guard binCount > 0, squareHolds < fullest else { return square }
        // A grid's size does not depend on its bottoms: each rows-and-height pair is laid
        // out once, and sorted once, largest shown first.
        let sizes = binHeights.flatMap { height in
            (1...binCount).map { perRow in
                let size = shown(BinGrid(perRow: perRow, binHeight: height, bottomRatio: BinShape.referenceBottomRatio))
                return (grid: BinGrid(perRow: perRow, binHeight: height, bottomRatio: BinShape.referenceBottomRatio),
                        size: size, factor: SlideFit.factor(for: size, on: page))
            }
        }.sorted { $0.factor != $1.factor ? $0.factor > $1.factor : $0.grid.isPreferred(over: $1.grid) }
        // Every bottom of them, largest shown first, and of those shown alike the most
        // like the reference first: the bottoms in their order within each size's run.
        var byFactor: [(grid: BinGrid, size: Size, factor: Double)] = []
        byFactor.reserveCapacity(sizes.count * bottomRatios.count)
        var runStart = 0
        while runStart < sizes.count {
            var runEnd = runStart + 1
            while runEnd < sizes.count, sizes[runEnd].factor == sizes[runStart].factor { runEnd += 1 }
            for ratio in bottomRatios {
                for shown in sizes[runStart..<runEnd] {
                    byFactor.append((BinGrid(perRow: shown.grid.perRow, binHeight: shown.grid.binHeight, bottomRatio: ratio),
                                     shown.size, shown.factor))
                }
            }
            runStart = runEnd
        }
        let largest = byFactor.first?.factor ?? 1
        var holding: [BinGrid] = []
        var firstHoldingFactor = 0.0
        var mostHeld = (grid: square, balls: squareHolds)
        for (grid, size, factor) in byFactor {
            // Within a tenth of the largest holder; none under half the largest of all,
            // whose text would be half the size.
            if !holding.isEmpty, factor < firstHoldingFactor * 0.9 { break }
            if factor < largest / 2 { break }
            let balls = holds(grid, shown: size)
            if balls >= fullest {
                if holding.isEmpty { firstHoldingFactor = factor }
                holding.append(grid)
            }
            if balls > mostHeld.balls { mostHeld = (grid, balls) }
        }
        // Of the grids that hold the fullest bin, the most like the reference.
        return holding.min { $0.isPreferred(over: $1) } ?? mostHeld.grid
    }

    /// The reference's square bins, in the rows that show the whole about largest
    /// (`LessonLayout.binsPerRow`): what a figure draws when they hold its fullest bin.
    static func square(wordCount: Int = 0, binCount: Int, page: Page, notesHeight: Double) -> BinGrid {
        BinGrid(perRow: LessonLayout.binsPerRow(wordCount: wordCount, binCount: binCount, page: page, notesHeight: notesHeight),
                binHeight: LessonLayout.binSize.height, bottomRatio: BinShape.referenceBottomRatio)
    }

    /// `wordCount` document stickies (0: the bins alone) and the bins laid out in this
    /// grid, labels no smaller than `smallestText`.
    func layout(wordCount: Int = 0, binCount: Int, smallestText: Double = 0) -> LessonLayout {
        LessonLayout(wordCount: wordCount, binCount: binCount, binsPerRow: perRow, smallestText: smallestText,
                     binHeight: binHeight, bottomRatio: bottomRatio)
    }

    /// The canvas of `layout(wordCount:binCount:)`, without laying out every bin.
    func size(wordCount: Int = 0, binCount: Int) -> Size {
        LessonLayout.size(wordCount: wordCount, binCount: binCount, perRow: perRow, binHeight: binHeight)
    }

    /// How many balls a bin of this grid holds for a fullest bin of `fullest`, as
    /// `BallFilling` would fill it: balls of the preferred size shrunk towards
    /// `smallestRadius` (the smallest that reads at the grid's floor), with labels of a
    /// `contextLength`-word context no smaller than `smallestText`.
    func balls(holding fullest: Int, contextLength: Int, smallestText: Double, smallestRadius: Double) -> Int {
        guard let shape = layout(binCount: 1, smallestText: smallestText).bins.first else { return 0 }
        let radius = BallFilling.radius(holding: fullest, contextLength: contextLength, shape: shape, smallest: smallestRadius)
        return DrawnBin.packing(in: shape, contextLength: contextLength, radius: radius).capacity
    }

    /// Nearer the reference first: its bottom, then shorter bins, then more bins a row.
    private func isPreferred(over other: BinGrid) -> Bool {
        if bottomRatio != other.bottomRatio { return bottomRatio < other.bottomRatio }
        return binHeight != other.binHeight ? binHeight < other.binHeight : perRow > other.perRow
    }
}
