/// Where the chances of a state diagram are written.
///
/// A chance belongs beside its arrow, but the first place along it may lie on a node,
/// on another chance or across another arrow, and then the diagram says something
/// wrong (a hidden word, a number read as another arrow's). So each label tries places
/// along its arrow, on the curve and then to either side, and takes the first that is
/// free of every node, every label placed before it and every other arrow's line; when
/// none is, the first place on its own line free of nodes and labels, its plate over
/// the arrow it crosses (a crowded ring, the colour lesson's, has no other); when there
/// is none either it is left out, which the notes and the alt text then say. It is never
/// written smaller: a smaller number would not read from the back row.
struct ChanceLabels {
    static let font = Font(size: 12, weight: .bold)
    /// Where along an arrow to try, nearer its start first: the labels of two words
    /// that follow each other both ways then sit at opposite ends.
    static let places = [0.32, 0.42, 0.22, 0.52, 0.62, 0.14, 0.72, 0.8, 0.27, 0.37, 0.47, 0.57, 0.67, 0.18, 0.76, 0.1, 0.85]
    /// Where along a loop to try: its far end first.
    static let loopPlaces = [0.5, 0.38, 0.62, 0.26, 0.74]
    /// Room kept between a label and a node or another label.
    static let clearance = 2.0

    /// How finely an arrow's line is checked against a label: points this many steps along it.
    static let lineSteps = 60
    /// How far an arrowhead reaches past its line's end.
    static let headReach = 10.0

    /// The rectangles labels must stay off: the nodes, then each label placed.
    private(set) var taken: [Rect]
    private let arrows: [BentArrow]
    /// Points along each arrow's line, to its arrowhead's tip.
    private let lines: [[Point]]
    private(set) var dropped = 0

    init(nodes: [Rect], arrows: [BentArrow]) {
        taken = nodes
        self.arrows = arrows
        lines = arrows.map { arrow in
            let end = arrow.point(at: 1), before = arrow.point(at: 0.98)
            let dx = end.x - before.x, dy = end.y - before.y
            let length = max((dx * dx + dy * dy).squareRoot(), 0.001)
            let tip = Point(x: end.x + dx / length * Self.headReach, y: end.y + dy / length * Self.headReach)
            return (0...Self.lineSteps).map { arrow.point(at: Double($0) / Double(Self.lineSteps)) } + [tip]
        }
    }

    /// Places `text` along `arrows[index]`, clear of every other arrow; its plate, or
    /// nil when there is no free place for it.
    mutating func place(_ text: String, along index: Int, isLoop: Bool, measurer: some TextMeasuring) -> Rect? {
        let arrow = arrows[index]
        let size = Self.plateSize(of: text, font: Self.font, measurer: measurer)
        // Clear of other arrows if it can be; else on its own line across another arrow,
        // its plate over that line, rather than not written at all.
        for mayCross in [false, true] {
            for t in isLoop ? Self.loopPlaces : Self.places {
                let candidates = Self.candidates(at: t, along: arrow, plate: size)
                for centre in mayCross ? [candidates[0]] : candidates {
                    let plate = Rect(centre: centre, size: size)
                    let room = plate.insetBy(-Self.clearance)
                    if !taken.contains(where: { $0.intersects(room) }), mayCross || !crossesOtherArrow(room, besides: index),
                       !hidesHead(of: index, under: room) {
                        taken.append(plate)
                        return plate
                    }
                }
            }
        }
        dropped += 1
        return nil
    }

    /// Whether `room` covers the head of arrow `index`: a label on its own arrow's
    /// line is read with it, but the head says where the arrow goes.
    private func hidesHead(of index: Int, under room: Rect) -> Bool {
        lines[index].suffix(Self.lineSteps / 8).contains { room.insetBy(-arrows[index].width / 2).contains($0) }
    }

    /// Whether any arrow but `index` runs through `room`.
    private func crossesOtherArrow(_ room: Rect, besides index: Int) -> Bool {
        lines.indices.contains { other in
            guard other != index else { return false }
            let around = room.insetBy(-arrows[other].width / 2)
            return lines[other].contains { around.contains($0) }
        }
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
