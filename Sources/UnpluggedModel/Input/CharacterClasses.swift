import Synchronization

/// What each character is to the scanner, looked up in tables: one for bytes, and one
/// for every character below U+3000 (Latin, Greek, Cyrillic, general punctuation…),
/// made once from Unicode's properties, which are slow to ask character by character.
///
/// `@unchecked Sendable`: the tables are written only in `init`, then only read.
final class CharacterClasses: @unchecked Sendable {
    /// The class of each byte; every byte of a non-ASCII character is `.other`.
    let ofByte: UnsafeMutableBufferPointer<CharacterClass>
    /// Whether a byte simply continues a word (a letter or a digit; upper case too
    /// unless words are lower-cased).
    let plainWordByte: UnsafeMutableBufferPointer<Bool>
    /// Whether a byte ends a word: white space, a line feed, a separator, punctuation.
    let endsWord: UnsafeMutableBufferPointer<Bool>
    /// The plain word bytes as ASCII ranges, when they are exactly that.
    let plainRanges: PlainRanges?
    /// The class of each character below `tableEnd`.
    private let ofScalar: UnsafeMutableBufferPointer<CharacterClass>
    private let tokens: Tokenization
    private let punctuation: Set<Unicode.Scalar>
    private static let tableEnd = 0x3000

    /// The tables for `settings`, made once per process for each choice of tokens,
    /// case and punctuation: making them asks Unicode about 12,288 characters, which
    /// takes longer than reading a short file (every worker and every read needs them).
    static func shared(for settings: ReadingSettings) -> CharacterClasses {
        let key = Key(tokens: settings.tokens, lowercase: settings.lowercase, punctuation: settings.punctuation)
        if let made = made.withLock({ $0[key] }) { return made }
        let classes = CharacterClasses(settings: settings)
        made.withLock { made in
            if made.count >= 16 { made.removeAll() } // only a fuzzer asks for many
            made[key] = classes
        }
        return classes
    }

    private struct Key: Hashable {
        let tokens: Tokenization
        let lowercase: Bool
        let punctuation: Set<Unicode.Scalar>
    }

    private static let made = Mutex<[Key: CharacterClasses]>([:])

    init(settings: ReadingSettings) {
        tokens = settings.tokens
        punctuation = settings.punctuation
        ofScalar = .allocate(capacity: Self.tableEnd)
        ofByte = .allocate(capacity: 256)
        plainWordByte = .allocate(capacity: 256)
        endsWord = .allocate(capacity: 256)
        for value in 0..<Self.tableEnd {
            ofScalar[value] = Unicode.Scalar(UInt32(value)).map { Self.classify($0, tokens: settings.tokens, punctuation: settings.punctuation) } ?? .separator
        }
        for byte in 0..<256 {
            ofByte[byte] = byte < 0x80 ? ofScalar[byte] : .other
            plainWordByte[byte] = ofByte[byte] == .word || (ofByte[byte] == .upper && !settings.lowercase)
            endsWord[byte] = [.separator, .space, .newline, .punctuation].contains(ofByte[byte])
        }
        let ranges: [ClosedRange<UInt8>] = settings.tokens == .whitespace
            ? (settings.lowercase ? [0x21...0x40, 0x5B...0x7E] : [0x21...0x7E])
            : [0x30...0x39, 0x61...0x7A] + (settings.lowercase ? [] : [0x41...0x5A])
        let plain = plainWordByte
        let rangesArePlain = (0..<256).allSatisfy { byte in ranges.contains { $0.contains(UInt8(byte)) } == plain[byte] }
        plainRanges = rangesArePlain ? PlainRanges(ranges: ranges) : nil
    }

    deinit {
        ofScalar.deallocate()
        ofByte.deallocate()
        plainWordByte.deallocate()
        endsWord.deallocate()
    }

    /// The class of a character.
    @inline(__always)
    func of(_ scalar: Unicode.Scalar) -> CharacterClass {
        let value = Int(scalar.value)
        return value < Self.tableEnd ? ofScalar[value] : Self.classify(scalar, tokens: tokens, punctuation: punctuation)
    }

    /// Letters, digits and marks make words (a mark keeps "cafe\u{301}" one word); an
    /// apostrophe (' or ’) joins two words' characters; with white-space tokens,
    /// everything but white space and punctuation is a word character.
    private static func classify(_ scalar: Unicode.Scalar, tokens: Tokenization, punctuation: Set<Unicode.Scalar>) -> CharacterClass {
        if scalar == "\n" { return .newline }
        if punctuation.contains(scalar) { return .punctuation }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        if properties.generalCategory == .control { return .separator }
        if scalar.isASCII, properties.isUppercase { return .upper }
        if tokens == .whitespace { return .word }
        if scalar == "'" || scalar == "\u{2019}" { return .apostrophe }
        if properties.isAlphabetic { return .word }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return .word
        default:
            return .separator
        }
    }
}

/// Plain word bytes given as up to three ranges of ASCII, tested eight bytes at a time
/// in one machine word ("SIMD within a register").
///
/// Holds only numbers, so reading it for every word copies no reference.
struct PlainRanges {
    private let first: (UInt64, UInt64), second: (UInt64, UInt64), third: (UInt64, UInt64)

    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    init(ranges: [ClosedRange<UInt8>]) {
        precondition((1...3).contains(ranges.count) && ranges.allSatisfy { $0.upperBound < 0x80 })
        // Per range, what to add to each byte so that bit 7 is set exactly when the
        // byte is at least the lower bound, and when it is above the upper bound.
        let addends = ranges.map { (Self.ones &* UInt64(0x80 - $0.lowerBound), Self.ones &* UInt64(0x80 - ($0.upperBound + 1))) }
        first = addends[0]
        second = addends.count > 1 ? addends[1] : addends[0]
        third = addends.count > 2 ? addends[2] : addends[0]
    }

    /// Bit 7 of each byte set where the byte of `eight` is a plain word byte.
    @inline(__always)
    func plainBytes(_ eight: UInt64) -> UInt64 {
        // Bit 7 cleared first, so the additions never carry from one byte into the next;
        // bytes that had it set (not ASCII) are never plain.
        let low7 = eight & ~Self.highBits
        let inFirst = (low7 &+ first.0) & ~(low7 &+ first.1)
        let inSecond = (low7 &+ second.0) & ~(low7 &+ second.1)
        let inThird = (low7 &+ third.0) & ~(low7 &+ third.1)
        return (inFirst | inSecond | inThird) & ~eight & Self.highBits
    }
}

/// What a character is to the scanner.
enum CharacterClass: UInt8 {
    case separator, space, newline, word, upper, apostrophe, punctuation
    /// A byte of a non-ASCII character: decode it, then ask again.
    case other
}
