/// The canvas a slide figure is drawn on: a 16:9 slide by default, a 4:3 slide, or a
/// portrait sheet of A4 or US Letter for print.
///
/// A figure is laid out at its own size, then shown as large as its page allows and
/// centred (`SlideFit`), so it fills a slide instead of sitting small in its middle.
/// Sizes are in points; a PNG at the default scale 2 of the 16:9 page is exactly
/// 1920 × 1080 pixels.
public enum Page: String, CaseIterable, Hashable, Sendable {
    case wide = "16:9"
    case standard = "4:3"
    case a4
    case letter

    public var size: Size {
        switch self {
        case .wide: Size(width: 960, height: 540)
        case .standard: Size(width: 720, height: 540)
        case .a4: Paper.a4.size
        case .letter: Paper.letter.size
        }
    }

    /// The blank kept on every side of the figure.
    public var margin: Double {
        switch self {
        case .wide, .standard: 18
        case .a4, .letter: Paper.margin
        }
    }

    /// The smallest font size, in points, that reads from the back row: 16 pixels when
    /// the page is shown as large as it fits on a 1920 × 1080 projector.
    public var smallestReadableText: Double {
        16 / min(1920 / size.width, 1080 / size.height)
    }
}
