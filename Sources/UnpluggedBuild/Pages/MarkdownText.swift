import Foundation

/// Text set into the Markdown of a deck.
enum MarkdownText {
    /// `text` with the characters Markdown would read as markup escaped, so a caption
    /// or alt text reads as written (a `]` would end an image's alt text early, `&amp;`
    /// would read as `&`, and `$` opens the maths of Marp and reveal.js's math plugin).
    static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#|&$".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// `text` safe inside an HTML comment: `--` would end it early.
    static func comment(_ text: String) -> String {
        var text = text
        while text.contains("--") { text = text.replacingOccurrences(of: "--", with: "- -") }
        return text
    }
}
