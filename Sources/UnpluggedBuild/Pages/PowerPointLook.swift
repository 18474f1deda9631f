import UnpluggedFigures

/// The colours of the PowerPoint deck's slides: the manifest's theme (`theme:`), so
/// figures drawn dark sit on a dark slide with light titles, as in the other decks,
/// and a transparent figure shows the slide through.
struct PowerPointLook: Hashable, Sendable {
    /// The slide background, `RRGGBB` as DrawingML writes a colour.
    var background: String
    /// The titles' colour.
    var ink: String

    init(_ theme: Settings.ThemeName) {
        let colours: Theme = theme == .dark ? .dark : .light
        background = Self.drawingML(colours.background ?? .white)
        ink = Self.drawingML(colours.ink)
    }

    /// `#rrggbb` as DrawingML's `srgbClr` takes it: no hash, upper case.
    private static func drawingML(_ colour: Color) -> String {
        String(colour.hex.dropFirst()).uppercased()
    }
}
