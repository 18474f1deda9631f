/// Receives the words and document ends that a `DocumentScanner` finds.
protocol WordSink {
    /// A word of the current document as UTF-8 bytes; `offset` is where it starts in
    /// the input, for error messages. The 8 bytes from the word's start may always be
    /// read, even past a shorter word's end (the scanner's buffers are padded), so a
    /// short word can be loaded as one machine word.
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
    private let classes: CharacterClasses

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

    init(settings: ReadingSettings) {
        tokens = settings.tokens
        documents = settings.documents
        lowercase = settings.lowercase
        classes = CharacterClasses.shared(for: settings)
    }

    /// Reads one piece of the body; `base` is the offset of its first byte in the input.
    mutating func scan<Sink: WordSink>(_ bytes: UnsafeBufferPointer<UInt8>, at base: Int, into sink: inout Sink) throws {
        if tokens == .characters {
            try scanCharacters(bytes, at: base, into: &sink)
            return
        }
        let count = bytes.count
        let plain = classes.plainWordByte
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
            // The two common cases first, with plain branches (see `scanWord`).
            if plain[Int(byte)], byte != UInt8(ascii: "#") {
                index = try scanWord(bytes, from: index, at: base, into: &sink)
                continue
            }
            if byte == 0x20 {
                index += 1
                continue
            }
            switch classes.ofByte[Int(byte)] {
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
                if byte == 0 { throw Self.nulByte(at: base + index) }
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
                switch classes.of(scalar) {
                case .space, .newline:
                    index += length
                case .punctuation:
                    try emit(UnsafeBufferPointer(rebasing: bytes[index..<index + length]), at: base + index, into: &sink)
                    index += length
                case .word, .upper:
                    index = try scanWord(bytes, from: index, at: base, into: &sink)
                case .separator, .apostrophe, .other:
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
        let plain = classes.plainWordByte, ofByte = classes.ofByte, endsWord = classes.endsWord
        let plainRanges = classes.plainRanges
        scanning: while true {
            // Most bytes of a word are plain. Eight at a time where the word bytes are
            // ranges of ASCII (see `PlainRanges`), else one at a time over a table: no
            // branch to mispredict until the word ends or something special comes.
            if let plainRanges {
                while index + 8 <= count {
                    let eight = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                    let notPlain = ~plainRanges.plainBytes(eight) & PlainRanges.highBits
                    if notPlain != 0 {
                        index += notPlain.trailingZeroBitCount >> 3
                        break
                    }
                    index += 8
                }
            }
            while index < count, plain[Int(bytes[index])] { index += 1 }
            guard index < count, !endsWord[Int(bytes[index])] else { break scanning }
            switch ofByte[Int(bytes[index])] {
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
                switch classes.of(scalar) {
                case .word, .upper:
                    break
                case .apostrophe:
                    guard index + length < count, try startsWord(bytes, at: index + length, base: base) else { break scanning }
                default:
                    break scanning
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
        switch classes.ofByte[Int(bytes[index])] {
        case .word, .upper: return true
        case .other: return try classes.of(decode(bytes, at: index, base: base).scalar) == .word
        default: return false
        }
    }

    @inline(__always)
    private mutating func emit<Sink: WordSink>(_ word: UnsafeBufferPointer<UInt8>, at offset: Int, into sink: inout Sink) throws {
        lineHasContent = true
        if spacePending {
            spacePending = false
            try Self.space.withUnsafeBufferPointer { try sink.word(UnsafeBufferPointer(rebasing: $0[..<1]), at: offset) }
        }
        documentOpen = true
        try sink.word(word, at: offset)
    }

    /// A space word, padded for `WordSink`.
    private static let space: [UInt8] = [0x20, 0, 0, 0, 0, 0, 0, 0]

    private mutating func emitLowercased<Sink: WordSink>(
        _ word: UnsafeBufferPointer<UInt8>, isASCII: Bool, at offset: Int, into sink: inout Sink
    ) throws {
        scratch.removeAll(keepingCapacity: true)
        if isASCII {
            for byte in word { scratch.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)) }
        } else {
            scratch.append(contentsOf: String(decoding: word, as: UTF8.self).lowercased().utf8)
        }
        try emitScratch(at: offset, into: &sink)
    }

    /// Emits the word in `scratch`, padded for `WordSink`.
    private mutating func emitScratch<Sink: WordSink>(at offset: Int, into sink: inout Sink) throws {
        let length = scratch.count
        scratch.append(contentsOf: [0, 0, 0, 0, 0, 0, 0, 0] as [UInt8])
        let padded = scratch
        try padded.withUnsafeBufferPointer { try emit(UnsafeBufferPointer(rebasing: $0[..<length]), at: offset, into: &sink) }
        scratch = padded
    }

    /// The character whose UTF-8 bytes start at `index`, and how many bytes it has.
    /// - Throws: `LocatedProblem` when the bytes are not UTF-8.
    @inline(__always)
    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, base: Int) throws -> (scalar: Unicode.Scalar, length: Int) {
        if let decoded = UTF8Decoding.scalar(in: bytes, at: index) { return decoded }
        throw LocatedProblem(offset: base + index, problem: "the text here is not UTF-8",
                             fix: "save the file as UTF-8 text")
    }

    /// A NUL byte: the file is not text, or is text saved as UTF-16 (every other byte
    /// of English in UTF-16 is NUL).
    private static func nulByte(at offset: Int) -> LocatedProblem {
        LocatedProblem(offset: offset, problem: "the text here has a NUL byte, so it is not UTF-8 text (UTF-16, or not text at all)",
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

    /// One line of characters. A grapheme cluster boundary lies between any two ASCII
    /// characters (a line holds no CR LF pair, being cut at its LF), so an ASCII
    /// character followed by another, or by the line's end, is a whole character and is
    /// read as a byte. Only a stretch with other characters, from its ASCII character
    /// before (an accent may join it) to the next two ASCII characters, is cut into
    /// characters by the standard library.
    private mutating func scanCharacterLine<Sink: WordSink>(_ bytes: UnsafeBufferPointer<UInt8>, at base: Int, into sink: inout Sink) throws {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80, index + 1 == count || bytes[index + 1] < 0x80 {
                try scanASCIICharacter(bytes, at: index, base: base, into: &sink)
                if inComment { return }
                index += 1
                continue
            }
            var end = index + 1
            while end < count, !(bytes[end - 1] < 0x80 && bytes[end] < 0x80) { end += 1 }
            try scanCharacters(of: UnsafeBufferPointer(rebasing: bytes[index..<end]), at: base + index, into: &sink)
            if inComment { return }
            index = end
        }
    }

    /// An ASCII character that is a whole character: as `scanCharacters(of:at:into:)`
    /// reads it, without making a `Character`.
    @inline(__always)
    private mutating func scanASCIICharacter<Sink: WordSink>(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, base: Int, into sink: inout Sink
    ) throws {
        let byte = bytes[index]
        switch byte {
        case 0x09...0x0D, 0x20:
            if documentOpen { spacePending = true }
        case UInt8(ascii: "#") where !lineHasContent:
            inComment = true
        case 0:
            throw Self.nulByte(at: base + index)
        case UInt8(ascii: "A")...UInt8(ascii: "Z") where lowercase:
            let letter = Int(byte - UInt8(ascii: "A"))
            try Self.lowercaseLetters.withUnsafeBufferPointer {
                try emit(UnsafeBufferPointer(rebasing: $0[8 * letter..<8 * letter + 1]), at: base + index, into: &sink)
            }
        default:
            // The scanner's pieces are padded, so the byte may stand for a padded word.
            try emit(UnsafeBufferPointer(rebasing: bytes[index..<index + 1]), at: base + index, into: &sink)
        }
    }

    /// The lower-case letters a to z, each padded to 8 bytes for `WordSink`.
    private static let lowercaseLetters: [UInt8] = (UInt8(ascii: "a")...UInt8(ascii: "z")).flatMap { [$0, 0, 0, 0, 0, 0, 0, 0] }

    /// Characters of any kind, cut by the standard library's grapheme clusters.
    private mutating func scanCharacters<Sink: WordSink>(of bytes: UnsafeBufferPointer<UInt8>, at base: Int, into sink: inout Sink) throws {
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
            if character == "\0" { throw Self.nulByte(at: offset) }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: (lowercase ? character.lowercased() : String(character)).utf8)
            try emitScratch(at: offset, into: &sink)
        }
    }
}
