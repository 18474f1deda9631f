import Testing
@testable import UnpluggedModel

/// Counting characters reads ASCII a byte at a time and leaves only other text to the
/// standard library's grapheme clusters; the counts must be those of a plain reading
/// by `Character`, whatever the text mixes: accents written as two scalars, emoji,
/// flags, CRLF, tabs, comments.
@Suite("Counting characters")
struct CharacterCountingTests {
    static let inputs = [
        "Zoë and e\u{301}mile\r\nann  bo\r\n\r\nE\u{301}MMA\n",
        "👍🏽 ok 👨\u{200D}👩\u{200D}👧 🇫🇷🇩🇪x\n\t tab\tbed \n",
        "# a comment\n  # another\n a#b #\u{301}c\n#\u{301} is no comment\n",
        "\u{600}12 a\u{301}\u{302}b \u{301}x 日本語\nx\n\ny\n",
        "a\r\nb\rc\r\n\r\n\u{1F3FD}e\u{301}\n",
    ]

    @Test("fixed inputs: the counts of a plain reading by Character", arguments: inputs)
    func fixed(text: String) throws {
        try compare(text)
    }

    @Test("random mixes of ASCII, accents, emoji, flags, joiners, CRLF and comments")
    func random() throws {
        let pieces = ["a", "B", "e", "z", "\u{301}", " ", "  ", "\t", "\r\n", "\r", "\n", "\n\n", "#", "é", "É",
                      "👍", "\u{1F3FD}", "\u{200D}", "🇫", "🇷", "\u{600}", "日", "1"]
        var generator = SplitMix64(seed: 13)
        for _ in 0..<200 {
            let length = Int(generator.next() % 40)
            let text = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            try compare(text)
        }
    }

    /// Compares the counted model with `referenceCounts` in lines and paragraphs, with
    /// and without lower-casing, for contexts of one and two characters.
    private func compare(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for documents in [DocumentSplitting.lines, .paragraphs] {
            for lowercase in [false, true] {
                for contextLength in [1, 2] {
                    let overrides = ReadingOverrides(tokens: .characters, documents: documents, lowercase: lowercase)
                    let expected = Self.referenceCounts(text, paragraphs: documents == .paragraphs, lowercase: lowercase,
                                                        contextLength: contextLength)
                    let model = try? DocumentsReader.count(input(text), overrides: overrides, contextLength: contextLength)
                    let counted = model.map(Self.counts) ?? [:]
                    #expect(counted == expected, "\(documents), lowercase \(lowercase), context \(contextLength): \(text.debugDescription)",
                            sourceLocation: sourceLocation)
                }
            }
        }
    }

    /// The model's counts as "context words ␟ next word" → count.
    private static func counts(_ model: Model) -> [String: Int] {
        var counts: [String: Int] = [:]
        for bin in model.bins {
            for ball in bin.counts { counts[(bin.context.words + [ball.word]).joined(separator: "\u{1F}")] = ball.count }
        }
        return counts
    }

    /// Counts the text's characters as the lesson describes them, by `Character`: a
    /// line whose first visible character is `#` is a comment; white space inside a
    /// document is one space word; a document ends at its line's end (lines) or at a
    /// blank line (paragraphs, where a line's end is white space); `<end>` follows it.
    static func referenceCounts(_ text: String, paragraphs: Bool, lowercase: Bool, contextLength: Int) -> [String: Int] {
        var documents: [[String]] = []
        var document: [String] = []
        var space = false
        func close() {
            if !document.isEmpty { documents.append(document) }
            document = []
            space = false
        }
        for bytes in Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = String(decoding: bytes, as: UTF8.self)
            let visible = line.drop { $0.isWhitespace }
            if visible.first == "#" { continue }
            if visible.isEmpty {
                close()
                continue
            }
            for character in line {
                if character.isWhitespace {
                    if !document.isEmpty { space = true }
                    continue
                }
                if space { document.append(" ") }
                space = false
                document.append(lowercase ? character.lowercased() : String(character))
            }
            if !paragraphs { close() } else if !document.isEmpty { space = true }
        }
        close()
        var counts: [String: Int] = [:]
        for document in documents {
            let words = document + ["<end>"]
            for index in words.indices where index >= contextLength {
                counts[words[index - contextLength...index].joined(separator: "\u{1F}"), default: 0] += 1
            }
        }
        return counts
    }
}
