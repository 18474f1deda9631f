/// Splits the body of a documents file into pieces that each start at a document
/// boundary, so each piece can be read by its own reader as if it were a whole file.
enum DocumentBoundaries {
    /// About `count` pieces of `body`, in order, covering it exactly.
    ///
    /// A piece starts at the beginning of a line (one document per line), just after a
    /// blank line (paragraphs), or not at all (the whole file is one document).
    static func pieces(of text: InputText, body: Range<Int>, documents: DocumentSplitting,
                       count: Int) throws -> [Range<Int>] {
        guard count > 1, documents != .file, !body.isEmpty else { return [body] }
        var starts = [body.lowerBound]
        for part in 1..<count {
            let target = max(starts.last!, body.lowerBound + body.count / count * part)
            guard let start = try boundary(in: text, from: target, before: body.upperBound, documents: documents),
                  start > starts.last! else { continue }
            starts.append(start)
        }
        return starts.indices.map { index in
            starts[index]..<(index + 1 < starts.count ? starts[index + 1] : body.upperBound)
        }
    }

    /// The first document boundary at or after `offset`, if there is one before `end`.
    private static func boundary(in text: InputText, from offset: Int, before end: Int,
                                 documents: DocumentSplitting) throws -> Int? {
        // Start on a line feed's heel: the line `offset` falls in may have begun earlier.
        var position = offset
        var afterLineFeed = false
        var lineIsBlank = false
        while position < end {
            let window = try text.bytes(in: position..<min(end, position + (1 << 16)))
            for (index, byte) in window.enumerated() {
                if byte == 0x0A {
                    if documents == .lines || (afterLineFeed && lineIsBlank) {
                        return position + index + 1 < end ? position + index + 1 : nil
                    }
                    afterLineFeed = true
                    lineIsBlank = true
                } else if byte != 0x20, byte != 0x09, byte != 0x0D {
                    lineIsBlank = false
                }
            }
            position += window.count
        }
        return nil
    }
}
