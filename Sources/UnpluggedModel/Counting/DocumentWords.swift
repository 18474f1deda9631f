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
            if let declared, !declared.contains(interner.word(Int(id))) {
                throw LocatedProblem(offset: offset, problem: "`\(interner.word(Int(id)))` is not in the front matter's vocabulary",
                                     fix: "add it to `vocabulary:`, or correct its spelling")
            }
        }
        if let writtenEnd {
            throw LocatedProblem(offset: writtenEnd, problem: "the end token `\(endToken)` is followed by more words of its document",
                                 fix: "remove it, or start a new document after it")
        }
        if id == endID {
            guard endMayBeWritten else {
                throw LocatedProblem(offset: offset, problem: "`\(endToken)` is the end token, so it cannot also be a word of the text",
                                     fix: "name another end token with `end:` in the front matter or --end")
            }
            writtenEnd = offset
            return
        }
        consumer.word(id)
    }

    mutating func endDocument() throws {
        writtenEnd = nil
        consumer.endDocument()
    }

    /// The input ended.
    mutating func finish() {
        consumer.finish()
    }
}

/// Counts the n-grams of documents as they stream by, keeping only the last few ids.
///
/// Each document is followed by the end token. With start padding each document is
/// preceded by as many end tokens as the context is long, so the bin of the
/// "start" context learns which words begin documents (the end token doubles as the
/// start token, as the boundary token does in makemore).
struct NGramCounter: DocumentConsumer, Sendable {
    private(set) var table: NGramTable
    private let contextLength: Int
    private let endID: UInt32
    private let startPadding: Bool
    /// The last `filled` ids of the document, then room for the next word.
    private var window: [UInt32]
    private var filled = 0
    /// Bigrams only: the document's last word, and whether there is one.
    private var previous: UInt32 = 0
    private var hasPrevious = false
    /// Bigrams waiting to be added in one batch (`NGramTable.addPairs`).
    private let batch = PairBatch()

    init(contextLength: Int, endID: UInt32, startPadding: Bool) {
        table = NGramTable(width: contextLength + 1)
        self.contextLength = contextLength
        self.endID = endID
        self.startPadding = startPadding
        window = Array(repeating: endID, count: contextLength + 1)
        startDocument()
    }

    @inline(__always)
    mutating func word(_ id: UInt32) {
        if contextLength == 1 {
            // Bigrams, the common case: no window to shift, no array to touch.
            if hasPrevious, batch.append(NGramTable.pairKey(previous, id)) { finish() }
            previous = id
            hasPrevious = true
        } else if filled == contextLength {
            window[contextLength] = id
            window.withUnsafeBufferPointer { table.add($0) }
            for position in 0..<contextLength { window[position] = window[position + 1] }
        } else {
            window[filled] = id
            filled += 1
        }
    }

    mutating func endDocument() {
        word(endID)
        startDocument()
    }

    /// Adds the bigrams waiting in the batch; call before reading `table`.
    mutating func finish() {
        table.addPairs(batch.keys)
        batch.removeAll()
    }

    private mutating func startDocument() {
        if startPadding {
            for position in 0..<contextLength { window[position] = endID }
            filled = contextLength
        } else {
            filled = 0
        }
        previous = endID
        hasPrevious = startPadding
    }
}

/// Bigram keys waiting to be counted together.
///
/// A class holding raw memory, so appending is a store and a count: a Swift array in
/// the counter would be checked for sharing on every word. Each counter has its own
/// batch and is used by one thread.
private final class PairBatch: @unchecked Sendable {
    private static let capacity = 256
    private let storage = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
    private var count = 0

    deinit { storage.deallocate() }

    /// Adds a key; true when the batch is full.
    @inline(__always)
    func append(_ key: UInt64) -> Bool {
        storage[count] = key
        count += 1
        return count == Self.capacity
    }

    var keys: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: storage, count: count) }

    func removeAll() {
        count = 0
    }
}

/// Keeps every document's word ids, for traces and for small inputs read whole.
struct DocumentCollector: DocumentConsumer {
    private(set) var documents: [[UInt32]] = []
    private var current: [UInt32] = []

    mutating func word(_ id: UInt32) {
        current.append(id)
    }

    mutating func endDocument() {
        documents.append(current)
        current = []
    }

    func finish() {}
}
