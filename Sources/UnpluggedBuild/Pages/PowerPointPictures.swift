/// How sharp the PowerPoint deck's pictures are: each at least as many pixels as it
/// covers on a slide shown 1920 pixels wide (a full-HD projector), so no picture is
/// blown up by the program that shows it.
///
/// A figure's own PNG is drawn at its `scale`: a 16:9 figure at scale 2 is 1920 pixels
/// wide and used as it is, but a sticky note (172 × 112 points, 344 × 224 pixels at
/// scale 2) fills the slide's height, about 1355 × 882 pixels on the projector, and
/// would show four times blown up. Such a figure is drawn again for the deck at the
/// scale it needs (`Builder`'s deck pictures); the figure's own file is left as the
/// manifest asks. Only pictures that are too small are drawn again, so a deck of
/// slide-sized figures costs nothing more.
enum PowerPointPictures {
    /// The projector's width the pictures are made sharp for, in pixels.
    static let projectorWidth = 1920

    /// The pixels a picture of `size` covers across a slide shown `projectorWidth` wide,
    /// placed as the deck places it.
    static func coveredWidth(of size: PNGSize, captions: Bool) -> Int {
        let box = PowerPointParts.place(size, in: PowerPointParts.pictureArea(captions: captions))
        return (box.width * projectorWidth + PowerPointParts.slideWidth - 1) / PowerPointParts.slideWidth
    }

    /// The scale to draw a figure at for the deck, whose own PNG of `size` was drawn at
    /// `scale`: nil when that PNG is sharp enough already. One pixel more than covered,
    /// since Cairo rounds a figure's size in pixels up from its points times the scale.
    static func sharperScale(for size: PNGSize, drawnAt scale: Double, captions: Bool) -> Double? {
        let covered = coveredWidth(of: size, captions: captions)
        guard size.width < covered else { return nil }
        return scale * Double(covered + 1) / Double(size.width)
    }
}

extension PNGSize {
    /// The size of the GIF `bytes` (its logical screen, which every frame fills); nil
    /// when they are not a GIF.
    init?(gif bytes: [UInt8]) {
        guard bytes.count >= 10, bytes[0..<6].elementsEqual("GIF89a".utf8) || bytes[0..<6].elementsEqual("GIF87a".utf8) else {
            return nil
        }
        width = Int(bytes[6]) | Int(bytes[7]) << 8
        height = Int(bytes[8]) | Int(bytes[9]) << 8
        guard width > 0, height > 0 else { return nil }
    }
}
