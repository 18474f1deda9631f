/// The colours words are drawn with.
public enum LessonPalette {
    /// Words that are colour names are drawn in their colour, without text, as the
    /// lesson's paper stickies are. The lesson's four words keep the hues of the
    /// reference figures, so figures match the notes and balls a teacher holds up.
    ///
    /// White is not here: in the lesson white is the end token, so a word "white" that
    /// is not the end token is written out, never drawn as a blank white sticky.
    public static let named: [String: WordColor] = [
        "purple": WordColor(red: 0x8e, green: 0x7c, blue: 0xc3),
        "blue": WordColor(red: 0x4a, green: 0x86, blue: 0xe8),
        "green": WordColor(red: 0x00, green: 0xff, blue: 0x00),
        "pink": WordColor(red: 0xff, green: 0x00, blue: 0xff),
        "red": WordColor(red: 0xe5, green: 0x39, blue: 0x35),
        "orange": WordColor(red: 0xff, green: 0x98, blue: 0x00),
        "yellow": WordColor(red: 0xff, green: 0xeb, blue: 0x3b),
        "brown": WordColor(red: 0x8d, green: 0x6e, blue: 0x63),
        "black": WordColor(red: 0x21, green: 0x21, blue: 0x21),
        "gray": WordColor(red: 0x9e, green: 0x9e, blue: 0x9e),
        "grey": WordColor(red: 0x9e, green: 0x9e, blue: 0x9e),
        "cyan": WordColor(red: 0x00, green: 0xbc, blue: 0xd4),
    ]

    /// The end token's light grey (the lesson's white sticky): drawn with an outline so
    /// it shows on white paper and on a light bin.
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

    /// The colour names a front matter's `colors:` may use instead of `#rrggbb`: the
    /// colour words, and white for the end token, sorted.
    public static let colorNames: [String] = (Array(named.keys) + ["white"]).sorted()

    /// The colour called `name` (any case) in a front matter's `colors:`.
    static func color(named name: String) -> WordColor? {
        let name = name.lowercased()
        return name == "white" ? end : named[name]
    }
}
