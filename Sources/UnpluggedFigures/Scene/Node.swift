/// One thing drawn in a scene. Coordinates are absolute and text is already laid
/// out, so a renderer is a short switch over these cases and decides nothing.
public indirect enum Node: Hashable, Sendable {
    /// A rectangle, its corners rounded by `cornerRadius` (0 for sharp corners).
    case rectangle(Rect, cornerRadius: Double = 0, style: Style)
    case circle(center: Point, radius: Double, style: Style)
    case path(Path, style: Style)
    case text(TextRun)
    case group(Group)
}

/// A line of text placed where layout put it.
public struct TextRun: Hashable, Sendable {
    public var text: String
    public var font: Font
    public var color: Color
    /// The laid-out box: its origin is where the renderer places the text's top-left
    /// corner, its size is what the measurer reported when the layout was made.
    public var frame: Rect

    public init(_ text: String, font: Font, color: Color, frame: Rect) {
        self.text = text
        self.font = font
        self.color = color
        self.frame = frame
    }
}

/// Nodes that belong together (a sticky and its label, a bin and its balls), named
/// so that the text dump and a reader of the scene can tell what they are.
public struct Group: Hashable, Sendable {
    public var name: String
    public var opacity: Double
    public var children: [Node]

    public init(_ name: String, opacity: Double = 1, children: [Node]) {
        self.name = name
        self.opacity = opacity
        self.children = children
    }
}

/// A whole figure: a canvas, what is drawn on it, and the words that describe it.
public struct Scene: Hashable, Sendable {
    /// The canvas, in points; a PNG has `size × scale` pixels.
    public var size: Size
    /// The canvas colour; nil leaves it transparent.
    public var background: Color?
    /// A short name of the figure (the SVG `<title>`, the PDF title).
    public var title: String
    /// The alt text: what the figure shows, in full sentences (the SVG `<desc>`).
    public var description: String
    public var nodes: [Node]

    public init(size: Size, background: Color? = .white, title: String, description: String, nodes: [Node]) {
        self.size = size
        self.background = background
        self.title = title
        self.description = description
        self.nodes = nodes
    }
}
