/// Receives the words and document ends that a `DocumentScanner` finds.
protocol WordSink {
    /// A word of the current document as UTF-8 bytes; `offset` is where it starts in
    /// the input, for error messages.
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) throws
    /// The current document ended.
    mutating func endDocument() throws
}

/// Cuts the body of a documents file into words and documents, a piece at a time.
///
/// It works on bytes: an ASCII byte is classified by a 256-entry table, and only bytes
/// of other characters are decoded and looked up by Unicode properties, so ordinary
/// text runs at memory speed. Pieces must not cut a word in two (`ChunkReader` cuts
/// after a line feed or a space); line and document state carries across pieces.
///
/// Lines whose first visible character is `#` are comments and are read as if absent;
/// blank lines never make a document.
struct DocumentScanner {
    private let tokens: Tokenization
    private let documents: DocumentSplitting
    private let lowercase: Bool
    private let punctuation: Set<Unicode.Scalar>
    private let classes: [ByteClass]

    /// Something visible (not a comment) has been seen on the current line.
    private var lineHasContent = false
    /// The rest of the current line is a comment.
    private var inComment = false
    /// The current document has words (or a written end token).
    private var documentOpen = false
    /// Characters mode: white space was seen since the last character of the document.
    private var spacePending = false
    /// Lower-cased copies of words.
    private var scratch: [UInt8] = []

    /// What an ASCII byte can be.
    private enum ByteClass: UInt8 {
        case separator, space, newline, word, upper, apostrophe, punctuation, other
    }

    init(settings: ReadingSettings) {
        tokens = settings.tokens
        documents = settings.documents
        lowercase = settings.lowercase
        punctuation = settings.punctuation
        var classes = [ByteClass](repeating: .separator, count: 256)
        for byte in 0..<256 {
            let byte = UInt8(byte)
            switch byte {
            case 0x0A: classes[Int(byte)] = .newline
            case 0x20, 0x09, 0x0D, 0x0B, 0x0C: classes[Int(byte)] = .space
            case 0x80...: classes[Int(byte)] = .other
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): classes[Int(byte)] = .upper
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): classes[Int(byte)] = .word
            case UInt8(ascii: "'") where settings.tokens == .words: classes[Int(byte)] = .apostrophe
            case 0x21...0x7E where settings.tokens == .whitespace: classes[Int(byte)] = .word
            default: break
            }
            if byte < 0x80, settings.punctuation.contains(Unicode.Scalar(byte)) {
                classes[Int(byte)] = .punctuation
            }
        }
        self.classes = classes
    }

    /// Reads one piece of the body; `base` is the offset of its first byte in the input.
    mutating func scan<Sink: WordSink>(_ bytes: UnsafeBufferPointer<UInt8>, at base: Int, into sink: inout Sink) throws {
        if tokens == .characters {
            try scanCharacters(bytes, at: base, into: &sink)
            return
        }
        let count = bytes.count
        var index = 0
        while index < count {
            if inComment {
                while index < count, bytes[index] != 0x0A { index += 1 }
                if index == count { return }
                inComment = false
                lineHasContent = false
                index += 1
                continue
            }
            let byte = bytes[index]
            switch classes[Int(byte)] {
            case .newline:
                try endLine(into: &sink)
                index += 1
            case .space:
                index += 1
            case .word, .upper:
                if !lineHasContent, byte == UInt8(ascii: "#") {
                    inComment = true
                    index += 1
                } else {
                    index = try scanWord(bytes, from: index, at: base, into: &sink)
                }
            case .separator, .apostrophe:
                if !lineHasContent, byte == UInt8(ascii: "#") {
                    inComment = true
                } else {
                    lineHasContent = true
                }
                index += 1
            case .punctuation:
                try emit(UnsafeBufferPointer(rebasing: bytes[index..<index + 1]), at: base + index, into: &sink)
                index += 1
            case .other:
                let (scalar, length) = try decode(bytes, at: index, base: base)
                if scalar.properties.isWhitespace {
                    index += length
                } else if punctuation.contains(scalar) {
                    try emit(UnsafeBufferPointer(rebasing: bytes[index..<index + length]), at: base + index, into: &sink)
                    index += length
                } else if tokens == .whitespace || isWordScalar(scalar) {
                    index = try scanWord(bytes, from: index, at: base, into: &sink)
                } else {
                    lineHasContent = true
                    index += length
                }
            }
        }
    }

    /// The input ended: closes the last document.
    mutating func finish<Sink: WordSink>(into sink: inout Sink) throws {
        if documentOpen { try endDocument(into: &sink) }
        inComment = false
        lineHasContent = false
    }

    private mutating func endLine<Sink: WordSink>(into sink: inout Sink) throws {
        switch documents {
        case .lines:
            if documentOpen { try endDocument(into: &sink) }
        case .paragraphs:
            if !lineHasContent, documentOpen { try endDocument(into: &sink) }
        case .file:
            break
        }
        if tokens == .characters, documentOpen { spacePending = true }
        lineHasContent = false
    }

    private mutating func endDocument<Sink: WordSink>(into sink: inout Sink) throws {
        try sink.endDocument()
        documentOpen = false
        spacePending = false
    }

    /// Reads the word that starts at `start`; returns the index just after it.
    @inline(__always)
    private mutating func scanWord<Sink: WordSink>(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, at base: Int, into sink: inout Sink
    ) throws -> Int {
        var index = start
        var hasUpper = false
        var hasOther = false
        let count = bytes.count
        scanning: while index < count {
            switch classes[Int(bytes[index])] {
            case .word:
                index += 1
            case .upper:
                hasUpper = true
                index += 1
            case .apostrophe:
                guard index + 1 < count, try startsWord(bytes, at: index + 1, base: base) else { break scanning }
                index += 1
            case .other:
                let (scalar, length) = try decode(bytes, at: index, base: base)
                if punctuation.contains(scalar) { break scanning }
                if tokens == .whitespace {
                    if scalar.properties.isWhitespace { break scanning }
                } else if !isWordScalar(scalar) {
                    guard scalar == "\u{2019}", index + length < count,
                          try startsWord(bytes, at: index + length, base: base) else { break scanning }
                }
                hasOther = true
                index += length
            case .separator, .space, .newline, .punctuation:
                break scanning
            }
        }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
        if lowercase, hasUpper || hasOther {
            try emitLowercased(word, isASCII: !hasOther, at: base + start, into: &sink)
        } else {
            try emit(word, at: base + start, into: &sink)
        }
        return index
    }

    /// Whether a word character starts at `index` (for an apostrophe inside a word).
    private func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, base: Int) throws -> Bool {
        switch classes[Int(bytes[index])] {
        case .word, .upper: return true
        case .other: return try isWordScalar(decode(bytes, at: index, base: base).scalar)
        default: return false
        }
    }

    @inline(__always)
    private mutating func emit<Sink: WordSink>(_ word: UnsafeBufferPointer<UInt8>, at offset: Int, into sink: inout Sink) throws {
        lineHasContent = true
        if spacePending {
            spacePending = false
            try [UInt8(ascii: " ")].withUnsafeBufferPointer { try sink.word($0, at: offset) }
        }
        documentOpen = true
        try sink.word(word, at: offset)
    }

    private mutating func emitLowercased<Sink: WordSink>(
        _ word: UnsafeBufferPointer<UInt8>, isASCII: Bool, at offset: Int, into sink: inout Sink
    ) throws {
        scratch.removeAll(keepingCapacity: true)
        if isASCII {
            for byte in word { scratch.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)) }
        } else {
            scratch.append(contentsOf: String(decoding: word, as: UTF8.self).lowercased().utf8)
        }
        let lowered = scratch
        try lowered.withUnsafeBufferPointer { try emit($0, at: offset, into: &sink) }
        scratch = lowered
    }

    /// Letters, digits and marks make words; a mark keeps "cafe\u{301}" one word.
    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// The character whose UTF-8 bytes start at `index`, and how many bytes it has.
    /// - Throws: `LocatedProblem` when the bytes are not UTF-8.
    @inline(__always)
    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, base: Int) throws -> (scalar: Unicode.Scalar, length: Int) {
        if let decoded = UTF8Decoding.scalar(in: bytes, at: index) { return decoded }
        throw LocatedProblem(offset: base + index, problem: "the text here is not UTF-8",
                             fix: "save the file as UTF-8 text")
    }

    /// Characters mode: every character is a word; a run of white space inside a
    /// document becomes one space word.
    private mutating func scanCharacters<Sink: WordSink>(_ bytes: UnsafeBufferPointer<UInt8>, at base: Int, into sink: inout Sink) throws {
        var index = 0
        while index < bytes.count {
            var lineEnd = index
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if !inComment {
                try scanCharacterLine(UnsafeBufferPointer(rebasing: bytes[index..<lineEnd]), at: base + index, into: &sink)
            }
            guard lineEnd < bytes.count else { return }
            if inComment {
                inComment = false
                lineHasContent = false
            } else {
                try endLine(into: &sink)
            }
            index = lineEnd + 1
        }
    }

    private mutating func scanCharacterLine<Sink: WordSink>(_ bytes: UnsafeBufferPointer<UInt8>, at base: Int, into sink: inout Sink) throws {
        guard let line = String(validating: bytes, as: UTF8.self) else {
            var index = 0
            while index < bytes.count {
                guard let decoded = UTF8Decoding.scalar(in: bytes, at: index) else { break }
                index += decoded.length
            }
            throw LocatedProblem(offset: base + index, problem: "the text here is not UTF-8", fix: "save the file as UTF-8 text")
        }
        var offset = base
        for character in line {
            defer { offset += character.utf8.count }
            if character.isWhitespace {
                if documentOpen { spacePending = true }
                continue
            }
            if !lineHasContent, character == "#" {
                inComment = true
                return
            }
            var word = lowercase ? character.lowercased() : String(character)
            try word.withUTF8 { try emit($0, at: offset, into: &sink) }
        }
    }
}

/// Decodes UTF-8 by hand, rejecting overlong forms, surrogates and cut-off sequences,
/// so the scanner can validate and classify in one step.
enum UTF8Decoding {
    /// The scalar whose bytes start at `index`, and its length; nil when invalid.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0: length = 3; value = 0; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xED: length = 3; value = 0x0D; high = 0x9F
        case 0xF0: length = 4; value = 0; low = 0x90
        case 0xF1...0xF3: length = 4; value = UInt32(lead & 0x07)
        case 0xF4: length = 4; value = 4; high = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for position in 1..<length {
            let byte = bytes[index + position]
            if position == 1 {
                guard byte >= low, byte <= high else { return nil }
            } else {
                guard byte >= 0x80, byte <= 0xBF else { return nil }
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
