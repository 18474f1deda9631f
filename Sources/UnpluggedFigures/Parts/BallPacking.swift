/// Places balls in a bin from the bottom up, in rows, never overlapping each other
/// or the walls.
///
/// Rows are hexagonal: each row sits in the hollows of the one below, half a ball
/// across. Rows are centred in the bin, so a row keeps the hollows only when its
/// ball count has the other parity from the row below; the packer makes sure it does.
/// Balls touch nothing: a gap keeps every pair apart, and the walls' outline too.
public struct BallPacking: Hashable, Sendable {
    public var shape: BinShape
    public var radius: Double
    /// Space between two balls, and between a ball and the inside of a wall's outline.
    public var gap: Double
    /// Half the wall's outline width: balls keep clear of the painted edge.
    public var wallReach: Double
    /// Balls stay below this height (the label stickies sit above it).
    public var ceiling: Double

    public init(shape: BinShape, radius: Double, gap: Double, wallReach: Double, ceiling: Double) {
        self.shape = shape
        self.radius = radius
        self.gap = gap
        self.wallReach = wallReach
        self.ceiling = ceiling
    }

    /// The centres of every place a ball can go, bottom row first, each row from its
    /// middle outwards.
    public var places: [Point] {
        let pitch = 2 * radius + gap
        let rise = pitch * 3.squareRoot() / 2
        let clearance = radius + wallReach + gap
        var centres: [Point] = []
        var below: Int?
        var y = shape.frame.maxY - clearance
        while y - radius >= ceiling, let range = shape.centreRange(atY: y, clearance: clearance) {
            var count = Int(((range.upperBound - range.lowerBound) / pitch).rounded(.down)) + 1
            if let below, count % 2 == below % 2 { count -= 1 }
            guard count > 0 else { break }
            let start = (range.lowerBound + range.upperBound) / 2 - Double(count - 1) * pitch / 2
            // Fill each row from its middle outwards: a lone ball rests in the centre.
            let middle = Double(count - 1) / 2
            let order = (0..<count).sorted { (abs(Double($0) - middle), $0) < (abs(Double($1) - middle), $1) }
            centres += order.map { Point(x: start + Double($0) * pitch, y: y) }
            below = count
            y -= rise
        }
        return centres
    }

    /// How many balls fit.
    public var capacity: Int { places.count }
}
