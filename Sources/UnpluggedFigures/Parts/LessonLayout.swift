/// Where things go in a lesson frame: a row of document stickies on top (wrapping
/// onto more lines when long) and the model's bins below, wrapped into rows.
///
/// Every frame of a sequence uses one layout, so nothing jumps between frames, and
/// the canvas grows with the content instead of clipping it.
public struct LessonLayout: Hashable, Sendable {
    /// Document sticky frames, one per word, in reading order.
    public private(set) var words: [Rect]
    /// Bin shapes, in the order of the bins given.
    public private(set) var bins: [BinShape]
    public private(set) var size: Size

    public static let margin = 20.0
    public static let stickySize = Size(width: 100, height: 62.5)
    public static let stickyGap = 10.0
    public static let binSize = Size(width: 140, height: 140)
    public static let binGap = Size(width: 25, height: 30)
    /// The stickies a document line holds when the bins are narrower.
    public static let wordsPerLine = 10
    /// Room between the document and the bins for the arrows to curve through.
    public static let arrowRoom = 70.0

    /// Lays out `wordCount` document stickies (0 for a figure of the bins alone) and
    /// `binCount` bins, `binsPerRow` a row: when nil, the count of columns that shows
    /// the whole, with `notesHeight` of notes under it, largest on `page`.
    /// `smallestText` is the figure's readable floor, which the bins' labels keep.
    /// `binHeight` and `bottomRatio`: the reference's square bins, or taller or wider
    /// bottomed ones where a bins figure's fullest bin needs the room (`BinGrid`).
    public init(wordCount: Int, binCount: Int, binsPerRow: Int? = nil, page: Page = .wide, notesHeight: Double = 0,
                smallestText: Double = 0, binHeight: Double = LessonLayout.binSize.height,
                bottomRatio: Double = BinShape.referenceBottomRatio) {
        let perRow = binsPerRow ?? LessonLayout.binsPerRow(wordCount: wordCount, binCount: binCount, page: page,
                                                           notesHeight: notesHeight)
        self.init(wordCount: wordCount, binCount: binCount, perRow: perRow, smallestText: smallestText,
                  binHeight: binHeight, bottomRatio: bottomRatio)
    }

    private init(wordCount: Int, binCount: Int, perRow: Int, smallestText: Double,
                 binHeight: Double = LessonLayout.binSize.height, bottomRatio: Double = BinShape.referenceBottomRatio) {
        let margin = LessonLayout.margin
        let perRow = max(1, perRow)
        let columns = Columns(wordCount: wordCount, binCount: binCount, perRow: perRow)
        let sticky = LessonLayout.stickySize, gap = LessonLayout.stickyGap
        words = (0..<wordCount).map { index in
            Rect(x: margin + Double(index % columns.perLine) * (sticky.width + gap),
                 y: margin + Double(index / columns.perLine) * (sticky.height + gap),
                 width: sticky.width, height: sticky.height)
        }
        // Bins are centred under the document when the document is wider.
        let binsLeft = margin + (columns.contentWidth - columns.binsWidth) / 2
        bins = (0..<binCount).map { index in
            let column = Double(index % perRow), row = Double(index / perRow)
            let frame = Rect(
                x: binsLeft + column * (LessonLayout.binSize.width + LessonLayout.binGap.width),
                y: columns.binsTop + row * (binHeight + LessonLayout.binGap.height),
                width: LessonLayout.binSize.width, height: binHeight)
            return BinShape(frame: frame, bottomRatio: bottomRatio, smallestText: smallestText)
        }
        size = LessonLayout.size(columns, binCount: binCount, perRow: perRow, binHeight: binHeight)
    }

    /// The canvas `wordCount` stickies and `binCount` bins `perRow` a row, each
    /// `binHeight` tall, are laid out on: what the layout's `size` is, without placing
    /// every sticky and bin (a bins figure weighs hundreds of grids to choose one).
    static func size(wordCount: Int, binCount: Int, perRow: Int, binHeight: Double = LessonLayout.binSize.height) -> Size {
        let perRow = max(1, perRow)
        return size(Columns(wordCount: wordCount, binCount: binCount, perRow: perRow), binCount: binCount, perRow: perRow,
                    binHeight: binHeight)
    }

    private static func size(_ columns: Columns, binCount: Int, perRow: Int, binHeight: Double) -> Size {
        let binRows = (binCount + perRow - 1) / perRow
        let binsHeight = binCount == 0 ? 0
            : Double(binRows) * binHeight + Double(binRows - 1) * LessonLayout.binGap.height
        return Size(width: columns.contentWidth + 2 * margin, height: columns.binsTop + binsHeight + margin)
    }

    /// The widths and the bins' top that the document's lines and the bins' columns make.
    private struct Columns {
        /// The bins' width, all columns.
        let binsWidth: Double
        /// The stickies a document line holds.
        let perLine: Int
        /// The wider of the bins and the document.
        let contentWidth: Double
        /// Where the first row of bins starts.
        let binsTop: Double

        init(wordCount: Int, binCount: Int, perRow: Int) {
            let margin = LessonLayout.margin
            let binColumns = min(perRow, max(binCount, 1))
            binsWidth = Double(binColumns) * LessonLayout.binSize.width + Double(binColumns - 1) * LessonLayout.binGap.width
            let sticky = LessonLayout.stickySize, gap = LessonLayout.stickyGap
            // Long documents wrap at the bins' width, or at ten stickies when wider: a
            // short document stays on one line, so no arrow crosses a sticky below it.
            let rowWidth = max(binsWidth, Double(LessonLayout.wordsPerLine) * (sticky.width + gap) - gap)
            perLine = max(1, Int(((rowWidth + gap) / (sticky.width + gap)).rounded(.down)))
            let documentLines = (wordCount + perLine - 1) / perLine
            let documentWidth = Double(min(wordCount, perLine)) * (sticky.width + gap) - gap
            binsTop = wordCount == 0
                ? margin
                : margin + Double(documentLines) * (sticky.height + gap) - gap + LessonLayout.arrowRoom
            contentWidth = max(binsWidth, wordCount == 0 ? 0 : documentWidth)
        }
    }

    /// Four bins a row for the colour lesson; about a square grid for more (16 bins make
    /// four rows of four): a compare figure's halves, set side by side on one slide.
    public static func squareBinsPerRow(_ count: Int) -> Int {
        guard count > 4 else { return max(count, 1) }
        var side = 1
        while side * side < count { side += 1 }
        return max(4, side)
    }

    /// The bins a row that show the whole (document, bins and `notesHeight` of notes)
    /// about largest on `page`: of the counts within a tenth of the largest showing, the
    /// one with the most bins a row, so the colour lesson's four bins stay in the
    /// reference's one row under its document, and 30 bins make rows of eight on 16:9.
    public static func binsPerRow(wordCount: Int, binCount: Int, page: Page, notesHeight: Double) -> Int {
        guard binCount > 1 else { return 1 }
        let factors = (1...binCount).map { perRow in
            let size = LessonLayout.size(wordCount: wordCount, binCount: binCount, perRow: perRow)
            return SlideFit.factor(for: Size(width: size.width, height: size.height + notesHeight), on: page)
        }
        let largest = factors.max() ?? 1
        return factors.lastIndex { $0 >= largest * 0.9 }! + 1
    }
}
