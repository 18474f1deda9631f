/// The colours words are drawn with.
public enum LessonPalette {
    /// Colour words keep the hues of the reference lesson, so figures match the
    /// coloured sticky notes and balls a teacher holds up.
    public static let named: [String: WordColor] = [
        "purple": WordColor(red: 0x8e, green: 0x7c, blue: 0xc3),
        "blue": WordColor(red: 0x4a, green: 0x86, blue: 0xe8),
        "green": WordColor(red: 0x00, green: 0xff, blue: 0x00),
        "pink": WordColor(red: 0xff, green: 0x00, blue: 0xff),
        "white": WordColor(red: 0xee, green: 0xee, blue: 0xee),
    ]

    /// The end token's light grey: drawn with an outline so it shows on white.
    public static let end = WordColor(red: 0xee, green: 0xee, blue: 0xee)

    /// Okabe–Ito's colour-blind-safe palette, for words that are not colour names.
    public static let distinct: [WordColor] = [
        WordColor(red: 0xe6, green: 0x9f, blue: 0x00),
        WordColor(red: 0x56, green: 0xb4, blue: 0xe9),
        WordColor(red: 0x00, green: 0x9e, blue: 0x73),
        WordColor(red: 0xf0, green: 0xe4, blue: 0x42),
        WordColor(red: 0x00, green: 0x72, blue: 0xb2),
        WordColor(red: 0xd5, green: 0x5e, blue: 0x00),
        WordColor(red: 0xcc, green: 0x79, blue: 0xa7),
    ]
}
