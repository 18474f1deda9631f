/// How a table's rows are spread over slides so that every text reads from the back
/// row: as many rows on a slide as stay readable, flowing into up to `mostBlocks`
/// blocks side by side (a long, narrow table fills a wide slide), then over numbered
/// slides, never smaller text. Only when even one row is too wide (a novel's rows
/// naming many long words each) does a row name fewer than `top` words.
struct TableSlides {
    /// How many cells of a row name their own word.
    let top: Int
    /// How many rows a block holds, and how many rows each slide, the last one fewer.
    let rowsPerBlock: Int
    let rowsPerSlide: Int
    /// The rows of each slide, in order, together every row once.
    let rows: [Range<Int>]

    static let mostBlocks = 3

    /// - Parameters:
    ///   - rowCount: the rows of the whole table.
    ///   - top: the `top` option: the most words a row names.
    ///   - layout: the first slide of the table naming `top` words a row, with rows in
    ///     blocks of `rowsPerBlock`, `blocks` of them, laid out at its own size.
    init(rowCount: Int, top: Int, page: Page, layout: (_ top: Int, _ rowsPerBlock: Int, _ blocks: Int) -> Scene) {
        let total = rowCount
        let rowCount = max(rowCount, 1)
        var chosen: (top: Int, rowsPerBlock: Int, blocks: Int)?
        for named in stride(from: max(top, 1), through: 1, by: -1) where chosen == nil {
            // A table too wide for even a row a slide names fewer words.
            guard SlideFit.isReadable(layout(named, 1, 1), on: page) else { continue }
            for slides in 1...rowCount where chosen == nil {
                let perSlide = (rowCount + slides - 1) / slides
                var best: (factor: Double, rowsPerBlock: Int, blocks: Int)?
                for blocks in 1...min(Self.mostBlocks, perSlide) {
                    let perBlock = (perSlide + blocks - 1) / blocks
                    // More blocks than needed would leave one empty.
                    guard (blocks - 1) * perBlock < perSlide else { continue }
                    let scene = layout(named, perBlock, blocks)
                    guard SlideFit.isReadable(scene, on: page) else { continue }
                    let factor = SlideFit.factor(for: scene.size, on: page)
                    if best == nil || factor > best!.factor { best = (factor, perBlock, blocks) }
                }
                if let best { chosen = (named, best.rowsPerBlock, best.blocks) }
            }
        }
        // Nothing reads (a single word too long for any slide): a row a slide, as large as it goes.
        let plan = chosen ?? (1, 1, 1)
        self.top = plan.top
        rowsPerBlock = plan.rowsPerBlock
        let perSlide = plan.rowsPerBlock * plan.blocks
        rowsPerSlide = perSlide
        // A table of no rows (a compare half's) is one slide of headers.
        rows = total == 0 ? [0..<0] : stride(from: 0, to: total, by: perSlide).map { $0..<min($0 + perSlide, total) }
    }
}
