/// The font size a slide's title is written at, chosen so the caption fits its box
/// without relying on the program's own shrinking.
///
/// The titles also carry `normAutofit` (PowerPoint shrinks text that overflows), but
/// LibreOffice applies only a `fontScale` it is given, and a deck should not depend on
/// which program opens it: so the largest size at which the caption, wrapped at its
/// spaces, fits the box's lines is written on the run itself.
///
/// Widths are those of DejaVu Sans Bold, the font LibreOffice shows for Arial where
/// Arial and its metric twin Liberation Sans are not installed (a bare Debian): it is
/// wider than Arial, so a title that fits in it fits in PowerPoint's Arial too. They
/// are the font's own advances, in thousandths of an em, so the choice is integer
/// arithmetic and the same on every machine, whatever fonts it has.
enum PowerPointTitleSize {
    /// The advance of each character from space (32) to tilde (126), in thousandths of an em.
    private static let advances: [Int] = [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
        696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
        1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
        500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
        716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
    ]
    /// Any other character (é, ×, —) is taken as a full em: wider than most, so a
    /// caption in another script is made small enough rather than too big.
    private static let otherAdvance = 1000
    /// A line's height, in thousandths of the font size: PowerPoint's single spacing.
    private static let lineHeight = 1200
    /// The text box's insets PowerPoint gives a shape that names none (0.1 inch either
    /// side, 0.05 inch above and below), in EMU.
    private static let sideInsets = 2 * 91_440
    private static let topAndBottomInsets = 2 * 45_720
    /// One hundredth of a point, the unit of `sz`, in EMU: 12700 EMU to the point.
    private static let emuPerHundredthPoint = 127

    /// The largest size, in hundredths of a point, from `largest` down to `smallest` in
    /// steps of two points, at which `text` fits a box `width` × `height` EMU; `smallest`
    /// when none does (then the program's autofit shrinks it further).
    static func fitting(_ text: String, width: Int, height: Int, largest: Int, smallest: Int = 1200) -> Int {
        var size = largest
        while size > smallest {
            if lines(text, size: size, width: width - sideInsets) * size * lineHeight / 1000 * emuPerHundredthPoint
                <= height - topAndBottomInsets {
                return size
            }
            size -= 200
        }
        return smallest
    }

    /// How many lines `text` takes at `size` in a line `width` EMU long, wrapped at
    /// spaces as the programs wrap it; a word longer than a line breaks where it must.
    static func lines(_ text: String, size: Int, width: Int) -> Int {
        // Widths in thousandths of an em times the size: compared with the width in the same unit.
        let room = width * 1000 / emuPerHundredthPoint / size
        let space = advances[0]
        var count = 1
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let length = word.unicodeScalars.reduce(0) { $0 + advance(of: $1) }
            if used > 0, used + space + length <= room {
                used += space + length
                continue
            }
            if used > 0 { count += 1 }
            // A word wider than the line fills whole lines, and what is left starts the next.
            count += max(0, (length - 1) / room)
            used = length - (length - 1) / room * room
        }
        return count
    }

    private static func advance(of scalar: Unicode.Scalar) -> Int {
        (32...126).contains(scalar.value) ? advances[Int(scalar.value) - 32] : otherAdvance
    }
}
