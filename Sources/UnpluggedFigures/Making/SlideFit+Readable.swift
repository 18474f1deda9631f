extension SlideFit {
    /// Whether every text of `scene`, laid out at its own size, reads from the back row
    /// once shown on `page`: what a kind asks of each layout it tries before it shows
    /// fewer rows, bars or balls rather than smaller text.
    static func isReadable(_ scene: Scene, on page: Page) -> Bool {
        guard let smallest = scene.nodes.compactMap(\.smallestTextSize).min() else { return true }
        return smallest >= readableTextSize(for: scene.size, on: page) - 1e-9
    }
}

extension Node {
    /// The smallest font size of the texts in this node; nil when it holds none.
    var smallestTextSize: Double? {
        switch self {
        case .text(let run): run.font.size
        case .group(let group): group.children.compactMap(\.smallestTextSize).min()
        default: nil
        }
    }
}
