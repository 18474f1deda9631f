/// Finds the longest document of a documents file, for the error that says no
/// document is long enough to fill a context: the file is read again only then, so
/// counting pays nothing for it.
struct LongestDocument: WordSink {
    private let endToken: [UInt8]
    /// The current document's words, its written end token left out.
    private var length = 0
    /// Where the current document's first word (or written end token) is.
    private var start: Int?
    /// The longest document so far: its words and where it starts; the first of equals.
    private(set) var longest: (words: Int, offset: Int)?

    init(endToken: String) {
        self.endToken = Array(endToken.utf8)
    }

    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) throws {
        if start == nil { start = offset }
        if !bytes.elementsEqual(endToken) { length += 1 }
    }

    mutating func endDocument() throws {
        if let start, length > longest?.words ?? -1 { longest = (length, start) }
        length = 0
        start = nil
    }

    /// The problem of a documents file in which no document fills a context of
    /// `contextLength` words, so nothing was counted; it points at the longest
    /// document. Told in the lesson's words, not an option's spelling, since the
    /// command line and a manifest name the options differently.
    static func nothingCounted(in text: InputText, body: Range<Int>, settings: ReadingSettings,
                               contextLength: Int) throws -> LocatedProblem {
        var sink = LongestDocument(endToken: settings.end)
        var scanner = DocumentScanner(settings: settings)
        try ChunkReader().forEachPiece(of: text, in: body) { bytes, offset in
            try scanner.scan(bytes, at: offset, into: &sink)
        }
        try scanner.finish(into: &sink)
        let (length, offset) = sink.longest ?? (0, body.lowerBound)
        let words = { (count: Int) in English.count(count, "word") }
        let shorter = length > 0 ? "count with a context of at most \(words(length)), or " : ""
        return LocatedProblem(offset: offset,
                              problem: "nothing is counted: no document is as long as a context of \(words(contextLength)), and the longest, here, has \(words(length))",
                              fix: "\(shorter)pad the start of each document with end tokens, so its first words are counted too")
    }
}
