import UnpluggedModel

/// A ping-pong ball: one count of one next word in a bin.
public struct Ball: Sendable {
    public let word: String
    public let color: Color
    public let isEnd: Bool

    public init(word: String, vocabulary: Vocabulary) {
        self.word = word
        isEnd = vocabulary.isEnd(word)
        // The end token's light grey would vanish on a light grey bin: its ball is white.
        color = isEnd ? .white : Color(vocabulary.color(of: word))
    }

    /// The ball at `centre`. The end token's light ball gets a grey outline so it shows
    /// on a light bin (the reference's white balls vanish); a new ball gets a ring.
    public func node(at centre: Point, radius: Double, theme: Theme, isNew: Bool = false) -> Node {
        let edge = isEnd
            ? Stroke(theme.endOutline, width: max(1, radius * 0.16))
            : Stroke(color.darkened(by: 0.25), width: max(0.6, radius * 0.1))
        let ball = Node.circle(center: centre, radius: radius, style: Style(fill: color, stroke: edge))
        guard isNew else { return ball }
        let ring = Node.circle(center: centre, radius: radius + max(2, radius * 0.3),
                               style: Style(stroke: Stroke(theme.binEdge, width: max(1.5, radius * 0.2))))
        return .group(Group("new ball \(word)", children: [ball, ring]))
    }
}
