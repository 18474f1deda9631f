/// Shows a figure laid out at its own size as large as its page allows, centred, so a
/// slide figure fills its slide whatever its content's shape.
///
/// Layout decides what a figure holds; this only scales and places it. A kind that must
/// keep its text readable asks `readableTextSize` how large its text must be laid out,
/// and shows less when its content would need smaller text.
public enum SlideFit {
    /// How much a figure of `size` is scaled to fill `page` within its margins.
    public static func factor(for size: Size, on page: Page) -> Double {
        let room = Size(width: page.size.width - 2 * page.margin, height: page.size.height - 2 * page.margin)
        guard size.width > 0, size.height > 0 else { return 1 }
        return min(room.width / size.width, room.height / size.height)
    }

    /// The smallest font size a figure of `size` may lay out, so that on `page` its
    /// text reads from the back row.
    public static func readableTextSize(for size: Size, on page: Page) -> Double {
        page.smallestReadableText / factor(for: size, on: page)
    }

    /// `scene` scaled to fill `page` and centred on it; its title and alt text as they were.
    public static func fitted(_ scene: Scene, on page: Page) -> Scene {
        let factor = factor(for: scene.size, on: page)
        let shown = Size(width: scene.size.width * factor, height: scene.size.height * factor)
        let offset = Point(x: (page.size.width - shown.width) / 2, y: (page.size.height - shown.height) / 2)
        return Scene(size: page.size, background: scene.background, title: scene.title, description: scene.description,
                     nodes: scene.nodes.map { $0.scaled(by: factor).offset(by: offset) })
    }
}
