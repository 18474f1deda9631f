/// The outline of a bin: a bucket drawn as a trapezoid, wide at the top.
///
/// Knows where a ball of a given radius may rest without touching the walls, so
/// packing balls is geometry, not trial and error.
public struct BinShape: Hashable, Sendable {
    /// The box the trapezoid fills: its top edge is the bin's open top.
    public var frame: Rect
    /// The bottom's width as a share of the top's (the reference draws 60 of 140).
    public var bottomRatio: Double
    /// The reference's bottom, a little under half the top.
    public static let referenceBottomRatio = 0.45
    /// The smallest font size its label stickies may write at (0: the reference's
    /// proportions alone): a figure fitted to a slide makes its labels tall enough for
    /// the back row, and its balls start below them.
    public var smallestText: Double

    public init(frame: Rect, bottomRatio: Double = referenceBottomRatio, smallestText: Double = 0) {
        self.frame = frame
        self.bottomRatio = bottomRatio
        self.smallestText = smallestText
    }

    /// How far the bottom corners sit in from the top corners, on each side.
    private var slant: Double { frame.width * (1 - bottomRatio) / 2 }

    /// The four corners, clockwise from the top left.
    public var corners: [Point] {
        [Point(x: frame.minX, y: frame.minY), Point(x: frame.maxX, y: frame.minY),
         Point(x: frame.maxX - slant, y: frame.maxY), Point(x: frame.minX + slant, y: frame.maxY)]
    }

    public var path: Path { .polygon(corners) }

    /// The left wall's x at height `y` (the right wall mirrors it).
    public func leftWall(atY y: Double) -> Double {
        frame.minX + slant * (y - frame.minY) / frame.height
    }

    public func rightWall(atY y: Double) -> Double {
        frame.maxX - slant * (y - frame.minY) / frame.height
    }

    /// The x range where the centre of a ball of `clearance` radius can sit at height
    /// `y` while staying that far from both slanted walls, measured square to the
    /// wall; nil when no such centre exists.
    public func centreRange(atY y: Double, clearance: Double) -> ClosedRange<Double>? {
        let wallLength = (slant * slant + frame.height * frame.height).squareRoot()
        let sideways = clearance * wallLength / frame.height
        let low = leftWall(atY: y) + sideways, high = rightWall(atY: y) - sideways
        return low <= high ? low...high : nil
    }
}
