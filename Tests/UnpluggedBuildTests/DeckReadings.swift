import Foundation

/// How reveal.js 5's markdown plugin cuts an external Markdown file into slides, with
/// its default options: the file split where `separator` matches (and `vertical`, when a
/// setup gives one), each slide's speaker notes after the one line that starts `note:`
/// or `notes:`, in any case. The plugin's default is written `'^\s*notes?:'` in its
/// JavaScript, where `\s` in a string is a plain `s`: so it is `^s*notes?:` (flags
/// `mgi`) in fact, which a `Note:` at the line's very start still matches.
enum RevealReading {
    static let separator = "\r?\n---\r?\n"

    static func slides(_ text: String, vertical: String? = nil) throws -> [String] {
        let pattern = vertical.map { "\(separator)|\($0)" } ?? separator
        return try split(text, pattern, options: [.anchorsMatchLines])
    }

    /// A slide's content and its notes, with Markdown's backslash escapes read; the
    /// plugin makes notes only when the notes separator cuts the slide in two.
    static func notes(of slide: String) throws -> (content: String, notes: String?) {
        let parts = try split(slide, "^s*notes?:", options: [.anchorsMatchLines, .caseInsensitive])
        guard parts.count == 2 else { return (slide, nil) }
        return (parts[0], MarkdownReading.unescaped(parts[1].trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    private static func split(_ text: String, _ pattern: String, options: NSRegularExpression.Options) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern, options: options)
        var parts: [String] = []
        var start = text.startIndex
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let range = Range(match.range, in: text)!
            parts.append(String(text[start..<range.lowerBound]))
            start = range.upperBound
        }
        parts.append(String(text[start...]))
        return parts
    }
}

/// How Marpit reads an image's alt text: the text as written in the Markdown, cut into
/// words at white space, each word that matches one of its image keywords taken out (as
/// its image and background parsers match them, whole words, case and all).
enum MarpitReading {
    static let keywords = [
        "^(\\d*\\.)?\\d+%$",
        "^w(?:idth)?:((?:\\d*\\.)?\\d+(?:%|ch|cm|em|ex|in|mm|pc|pt|px)?|auto)$",
        "^h(?:eight)?:((?:\\d*\\.)?\\d+(?:%|ch|cm|em|ex|in|mm|pc|pt|px)?|auto)$",
        "^(blur|brightness|contrast|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::(.+))?$",
        "^drop-shadow(?::(.+?),(.+?)(?:,(.+?))?(?:,(.+?))?)?$",
        "^(bg|auto|contain|cover|fit|vertical|horizontal)$",
        "^(left|right)(?::((?:\\d*\\.)?\\d+%))?$",
    ]

    /// The words of `written` Marpit would take as keywords.
    static func keywordsTaken(from written: String) throws -> [String] {
        let regexes = try keywords.map { try NSRegularExpression(pattern: $0) }
        return written.split(whereSeparator: \.isWhitespace).map(String.init).filter { word in
            regexes.contains { $0.firstMatch(in: word, range: NSRange(word.startIndex..., in: word)) != nil }
        }
    }

    /// The alt text of the image `![...](file)` in `markdown`, as written.
    static func writtenAlt(of file: String, in markdown: String) -> String? {
        guard let end = markdown.range(of: "](\(file))") else { return nil }
        guard let start = markdown[..<end.lowerBound].range(of: "![", options: .backwards) else { return nil }
        return String(markdown[start.upperBound..<end.lowerBound])
    }
}

/// What a CommonMark reader makes of plain text: backslash escapes and decimal
/// character references read as the characters they stand for.
enum MarkdownReading {
    static func unescaped(_ written: String) -> String {
        var text = ""
        var rest = Substring(written)
        while let first = rest.first {
            if first == "\\", let next = rest.dropFirst().first, next.isASCII, next.isPunctuation || next.isSymbol {
                text.append(next)
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("&#"), let semicolon = rest.firstIndex(of: ";"),
                      let code = UInt32(rest[rest.index(rest.startIndex, offsetBy: 2)..<semicolon]),
                      let scalar = Unicode.Scalar(code) {
                text.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                text.append(first)
                rest = rest.dropFirst()
            }
        }
        return text
    }
}
