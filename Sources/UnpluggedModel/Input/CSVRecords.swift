/// Splits CSV text into records of fields, a piece at a time (RFC 4180: fields may be
/// quoted with `"`, a quote inside is doubled, and a quoted field may hold commas and
/// line breaks). Unquoted fields lose the spaces around them; CRLF ends a record too.
struct CSVRecords {
    /// One record's fields, valid only during the call that hands it out.
    struct Record {
        fileprivate(set) var bytes: [UInt8] = []
        fileprivate(set) var ranges: [Range<Int>] = []
        /// Where each field starts in the input.
        fileprivate(set) var offsets: [Int] = []
        fileprivate(set) var quoted: [Bool] = []
        /// Where the record starts in the input.
        fileprivate(set) var offset = 0

        var count: Int { ranges.count }

        func field(_ index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }

        /// The field as text.
        /// - Throws: `LocatedProblem` when it is not UTF-8 text (a NUL byte is text
        ///   saved as UTF-16, or no text at all).
        func text(_ index: Int) throws -> String {
            guard let text = String(validating: field(index), as: UTF8.self), !field(index).contains(0) else {
                let problem = field(index).contains(0) ? "this cell has a NUL byte, so it is not UTF-8 text (UTF-16, or not text at all)"
                    : "the text here is not UTF-8"
                throw LocatedProblem(offset: offsets[index], problem: problem, fix: "save the table as UTF-8 text")
            }
            return text
        }

        /// A record that is one empty, unquoted field: a blank line.
        var isBlank: Bool { count == 1 && ranges[0].isEmpty && !quoted[0] }
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterQuoted }

    private var state = State.fieldStart
    private var record = Record()
    private var fieldStart = 0
    /// In an unquoted field: where its bytes end once trailing spaces are dropped.
    private var contentEnd = 0
    private var openingQuote = 0
    private var atRecordStart = true

    /// Reads `bytes` (at `base` in the input), calling `body` with each finished record.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, at base: Int, _ body: (Record) throws -> Void) throws {
        for (index, byte) in bytes.enumerated() {
            let offset = base + index
            if atRecordStart {
                atRecordStart = false
                record.offset = offset
                beginField(at: offset)
            }
            switch state {
            case .fieldStart:
                switch byte {
                case 0x20, 0x09: record.offsets[record.offsets.count - 1] = offset + 1
                case 0x22:
                    state = .quoted
                    openingQuote = offset
                    record.quoted[record.quoted.count - 1] = true
                    fieldStart = record.bytes.count
                default: try unquoted(byte, at: offset, body)
                }
            case .unquoted:
                try unquoted(byte, at: offset, body)
            case .quoted:
                if byte == 0x22 { state = .quoteInQuoted } else { record.bytes.append(byte) }
            case .quoteInQuoted:
                if byte == 0x22 {
                    record.bytes.append(byte)
                    state = .quoted
                } else {
                    contentEnd = record.bytes.count
                    state = .afterQuoted
                    try afterQuoted(byte, at: offset, body)
                }
            case .afterQuoted:
                try afterQuoted(byte, at: offset, body)
            }
        }
    }

    /// The input ended: hands out the last record, if any.
    mutating func finish(_ body: (Record) throws -> Void) throws {
        switch state {
        case .quoted:
            throw LocatedProblem(offset: openingQuote, problem: "this quoted cell is never closed",
                                 fix: "end it with a double quote (\")")
        case .quoteInQuoted:
            contentEnd = record.bytes.count
            try endRecord(body)
        case .fieldStart, .unquoted, .afterQuoted:
            if !atRecordStart {
                if state != .afterQuoted { contentEnd = trimmedEnd() }
                try endRecord(body)
            }
        }
    }

    private mutating func beginField(at offset: Int) {
        fieldStart = record.bytes.count
        contentEnd = fieldStart
        record.offsets.append(offset)
        record.quoted.append(false)
        state = .fieldStart
    }

    private mutating func unquoted(_ byte: UInt8, at offset: Int, _ body: (Record) throws -> Void) throws {
        switch byte {
        case 0x2C:
            endField(end: trimmedEnd())
            beginField(at: offset + 1)
        case 0x0A:
            contentEnd = trimmedEnd()
            try endRecord(body)
        default:
            record.bytes.append(byte)
            state = .unquoted
        }
    }

    private mutating func afterQuoted(_ byte: UInt8, at offset: Int, _ body: (Record) throws -> Void) throws {
        switch byte {
        case 0x2C:
            endField(end: contentEnd)
            beginField(at: offset + 1)
        case 0x0A:
            try endRecord(body)
        case 0x20, 0x09, 0x0D:
            break
        default:
            throw LocatedProblem(offset: offset, problem: "a quoted cell has more text after its closing quote",
                                 fix: "put the whole cell in quotes, writing a quote inside it as two (\"\")")
        }
    }

    /// The end of the unquoted field's bytes without trailing spaces, tabs or a CR.
    private func trimmedEnd() -> Int {
        var end = record.bytes.count
        while end > fieldStart, [0x20, 0x09, 0x0D].contains(record.bytes[end - 1]) { end -= 1 }
        return end
    }

    private mutating func endField(end: Int) {
        record.ranges.append(fieldStart..<end)
    }

    private mutating func endRecord(_ body: (Record) throws -> Void) throws {
        endField(end: contentEnd)
        try body(record)
        record.bytes.removeAll(keepingCapacity: true)
        record.ranges.removeAll(keepingCapacity: true)
        record.offsets.removeAll(keepingCapacity: true)
        record.quoted.removeAll(keepingCapacity: true)
        atRecordStart = true
        state = .fieldStart
    }
}
