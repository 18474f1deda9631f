/// What a documents file's own text says about how to read it, when neither its front
/// matter nor the command line says: whether it is the colour lesson (read as the
/// lesson's stickies, white-space separated, ending in white) and whether its documents
/// are paragraphs.
///
/// Both are decided by a pre-scan that reads as little as it can, so a novel is not
/// read twice: the colour lesson's scan stops at the first word that is not a colour
/// (in prose, the first word), and the paragraphs' scan reads at most the first
/// `paragraphWindow` bytes, stopping at the first paragraph break it needs.
enum TextShape {
    /// How much of the body the paragraphs' scan reads at most. A novel shows a
    /// paragraph of wrapped lines followed by a blank line on its first page (64 KiB is
    /// some thirty pages); a file of one sentence a line has none, however long, and
    /// is not read to its end to find that out.
    static let paragraphWindow = 1 << 16

    /// Whether the words of the body, separated by white space, outside comments, are
    /// all colour words of the lesson (any case; `white`, the lesson's end sticky,
    /// included), and there is at least one: the colour lesson.
    static func isColourLesson(_ text: InputText, body: Range<Int>) throws -> Bool {
        var lines = LineWalker()
        var word: [UInt8] = []
        var sawWord = false
        var position = body.lowerBound
        while position < body.upperBound {
            let piece = try text.bytes(in: position..<min(body.upperBound, position + (1 << 16)))
            if piece.isEmpty { break }
            for byte in piece {
                guard lines.take(byte) else { continue }
                if isSpace(byte) {
                    if !word.isEmpty {
                        guard isColourWord(word) else { return false }
                        sawWord = true
                        word.removeAll(keepingCapacity: true)
                    }
                } else {
                    // No colour name has more than six letters, or any byte but a letter.
                    guard word.count < 6, (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) else { return false }
                    word.append(byte | 0x20)
                }
            }
            position += piece.count
        }
        if !word.isEmpty {
            guard isColourWord(word) else { return false }
            sawWord = true
        }
        return sawWord
    }

    /// Whether the documents are paragraphs: two paragraphs (runs of lines with words,
    /// comments left out) are separated by a blank line, and one of them has more than
    /// one line, as wrapped prose has. A file of one sentence a line has no such
    /// paragraph, whatever its front matter says (a title does not make it prose).
    static func hasParagraphs(_ text: InputText, body: Range<Int>) throws -> Bool {
        let end = min(body.upperBound, body.lowerBound + paragraphWindow)
        let bytes = try text.bytes(in: body.lowerBound..<end)
        var lines = LineWalker()
        var lineHasWords = false
        // The lines with words of the paragraph being read, and of the one before it.
        var current = 0, previous = 0
        func endLine() -> Bool {
            defer { lineHasWords = false }
            guard lineHasWords else {
                if current > 0 { (previous, current) = (current, 0) }
                return false
            }
            current += 1
            // A paragraph after a blank line: paragraphs, if it or the one before is wrapped.
            return previous > 0 && (previous > 1 || current > 1)
        }
        for byte in bytes where lines.take(byte) {
            if byte == 0x0A {
                if endLine() { return true }
            } else if !isSpace(byte) {
                lineHasWords = true
            }
        }
        return lineHasWords && endLine()
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private static let colourWords: Set<[UInt8]> = Set((Array(LessonPalette.named.keys) + ["white"]).map { Array($0.utf8) })

    private static func isColourWord(_ word: [UInt8]) -> Bool { colourWords.contains(word) }
}

/// Follows lines byte by byte to leave out `#` comments, as `DocumentScanner` does: a
/// line whose first visible character is `#` is read as if absent.
private struct LineWalker {
    private var inComment = false
    private var lineHasContent = false

    /// Whether `byte` is text to look at: false for the bytes of a comment, its line
    /// feed included.
    mutating func take(_ byte: UInt8) -> Bool {
        if inComment {
            if byte == 0x0A { (inComment, lineHasContent) = (false, false) }
            return false
        }
        switch byte {
        case 0x0A:
            lineHasContent = false
        case 0x20, 0x09, 0x0D:
            break
        case UInt8(ascii: "#") where !lineHasContent:
            inComment = true
            return false
        default:
            lineHasContent = true
        }
        return true
    }
}
