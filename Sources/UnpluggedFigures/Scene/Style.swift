/// How the outline of a shape is drawn.
public struct Stroke: Hashable, Sendable {
    public enum Join: String, Hashable, Sendable { case miter, round, bevel }
    public enum Cap: String, Hashable, Sendable { case butt, round, square }

    public var color: Color
    public var width: Double
    /// Alternating dash and gap lengths; empty for a solid line.
    public var dash: [Double]
    public var join: Join
    public var cap: Cap

    public init(_ color: Color, width: Double = 1, dash: [Double] = [], join: Join = .round, cap: Cap = .round) {
        self.color = color
        self.width = width
        self.dash = dash
        self.join = join
        self.cap = cap
    }
}

/// The paint of a shape: a fill, an outline, both or neither.
public struct Style: Hashable, Sendable {
    public var fill: Color?
    public var stroke: Stroke?

    public init(fill: Color? = nil, stroke: Stroke? = nil) {
        self.fill = fill
        self.stroke = stroke
    }
}

/// A font by family, size and weight; Pango resolves it when measuring and drawing.
public struct Font: Hashable, Sendable {
    public enum Weight: String, Hashable, Sendable { case regular, bold }

    public var family: String
    /// The em size, in points.
    public var size: Double
    public var weight: Weight

    public init(family: String = Font.defaultFamily, size: Double, weight: Weight = .regular) {
        self.family = family
        self.size = size
        self.weight = weight
    }

    /// DejaVu Sans: installed by `Scripts/setup`, so every machine draws the same glyphs.
    public static let defaultFamily = "DejaVu Sans"
}
