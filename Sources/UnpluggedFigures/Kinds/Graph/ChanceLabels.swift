/// Where the chances of a state diagram are written.
///
/// A chance belongs beside its arrow, but the first place along it may lie on a node
/// or on another chance, and then the diagram says something wrong (a hidden word, a
/// number read as another arrow's). So each label tries places along its arrow, on
/// the curve and then to either side, and takes the first that is free of every node
/// and every label placed before it; only when none is free is it written smaller, and
/// only when that fails too is it left out, which the alt text then says.
struct ChanceLabels {
    static let font = Font(size: 12, weight: .bold)
    /// The last resort before a label is left out.
    static let smallFont = Font(size: 9, weight: .bold)
    /// Where along an arrow to try, nearer its start first: the labels of two words
    /// that follow each other both ways then sit at opposite ends.
    static let places = [0.32, 0.42, 0.22, 0.52, 0.62, 0.14, 0.72, 0.8]
    /// Where along a loop to try: its far end first.
    static let loopPlaces = [0.5, 0.38, 0.62, 0.26, 0.74]
    /// Room kept between a label and a node or another label.
    static let clearance = 2.0

    /// A label's place: its plate and its font.
    struct Placed {
        let plate: Rect
        let font: Font
    }

    /// The rectangles labels must stay off: the nodes, then each label placed.
    private(set) var taken: [Rect]
    private(set) var shrunk = 0
    private(set) var dropped = 0

    init(nodes: [Rect]) {
        taken = nodes
    }

    /// Places `text` along `arrow`, or returns nil when there is no free place for it.
    mutating func place(_ text: String, along arrow: BentArrow, isLoop: Bool,
                        measurer: some TextMeasuring) -> Placed? {
        for font in [Self.font, Self.smallFont] {
            let size = Self.plateSize(of: text, font: font, measurer: measurer)
            for t in isLoop ? Self.loopPlaces : Self.places {
                for centre in Self.candidates(at: t, along: arrow, plate: size) {
                    let plate = Rect(centre: centre, size: size)
                    let room = plate.insetBy(-Self.clearance)
                    if !taken.contains(where: { $0.intersects(room) }) {
                        taken.append(plate)
                        if font != Self.font { shrunk += 1 }
                        return Placed(plate: plate, font: font)
                    }
                }
            }
        }
        dropped += 1
        return nil
    }

    /// The plate a label is written on: the text and a little room around it.
    static func plateSize(of text: String, font: Font, measurer: some TextMeasuring) -> Size {
        let metrics = measurer.measure(text, font: font)
        return Size(width: metrics.width + 8, height: metrics.height + 2)
    }

    /// Centres to try at `t`: on the curve, then just clear of the line on either side.
    static func candidates(at t: Double, along arrow: BentArrow, plate: Size) -> [Point] {
        let point = arrow.point(at: t)
        let ahead = arrow.point(at: min(t + 0.01, 1)) - arrow.point(at: max(t - 0.01, 0))
        let length = max((ahead.x * ahead.x + ahead.y * ahead.y).squareRoot(), 0.001)
        let across = Point(x: -ahead.y / length, y: ahead.x / length)
        // Far enough along `across` that the plate clears the line whatever its slope.
        let reach = arrow.width / 2 + 2 + abs(across.x) * plate.width / 2 + abs(across.y) * plate.height / 2
        let side = Point(x: across.x * reach, y: across.y * reach)
        return [point, point + side, point - side]
    }
}
