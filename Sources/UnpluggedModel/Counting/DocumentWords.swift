extension DocumentWords: Sendable where Consumer: Sendable {}

/// Receives the documents of a corpus as word ids.
protocol DocumentConsumer {
    mutating func word(_ id: UInt32)
    /// The document ended; the end token follows its last word.
    mutating func endDocument()
    /// The input ended: finish any pending work.
    mutating func finish()
}

/// Turns the words a `DocumentScanner` finds into word ids, and enforces the rules
/// that need to know the words: the declared vocabulary, and where the end token may
/// stand.
///
/// Ids are given in order of first appearance, after the declared vocabulary (if any)
/// and then the end token, which are interned first.
struct DocumentWords<Consumer: DocumentConsumer>: WordSink {
    private(set) var interner = WordInterner()
    /// Where each word was first seen, by id: a byte offset in the input; declared
    /// words and the end token, interned before reading, come first.
    private(set) var firstSeen: [Int] = []
    private(set) var consumer: Consumer
    let endID: UInt32
    private let endToken: String
    private let endMayBeWritten: Bool
    private let declared: Set<String>?
    /// Where the current document's written end token is, once one has been read.
    private var writtenEnd: Int?
    /// The documents ended so far.
    private(set) var documentCount = 0

    /// - Parameter consumer: makes the consumer, given the end token's id.
    init(settings: ReadingSettings, consumer: (_ endID: UInt32) -> Consumer) {
        for word in settings.vocabulary ?? [] where word != settings.end { _ = interner.intern(word) }
        endID = interner.intern(settings.end)
        firstSeen = (0..<interner.count).map { Int.min + $0 }
        endToken = settings.end
        endMayBeWritten = settings.endMayBeWritten
        declared = settings.vocabulary.map(Set.init)
        self.consumer = consumer(endID)
    }

    @inline(__always)
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) throws {
        let (id, isNew) = interner.intern(bytes, readable8: true)
        if isNew {
            firstSeen.append(offset)
            guard bytes.count <= Vocabulary.longestWord else {
                throw LocatedProblem(offset: offset, problem: "this word is \(bytes.count) bytes long, more than a word may have (\(Vocabulary.longestWord))",
                                     fix: "separate words with spaces, and check that the file is text")
            }
            if let declared, !declared.contains(interner.word(Int(id))) {
                throw LocatedProblem(offset: offset, problem: "`\(interner.word(Int(id)))` is not in the front matter's vocabulary",
                                     fix: "add it to `vocabulary:`, or correct its spelling")
            }
        }
        if let writtenEnd {
            throw LocatedProblem(offset: writtenEnd, problem: "the end token `\(endToken)` is followed by more words of its document",
                                 fix: "read it as prose (documents: paragraphs, tokens: words), or name another end token with `end:`")
        }
        if id == endID {
            guard endMayBeWritten else {
                throw LocatedProblem(offset: offset, problem: "`\(endToken)` is the end token, so it cannot also be a word of the text",
                                     fix: "name another end token: `end:` in the front matter, or the end option")
            }
            writtenEnd = offset
            return
        }
        consumer.word(id)
    }

    mutating func endDocument() throws {
        writtenEnd = nil
        documentCount += 1
        consumer.endDocument()
    }

    /// The input ended.
    mutating func finish() {
        consumer.finish()
    }
}
