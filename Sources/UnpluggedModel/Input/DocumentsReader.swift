import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads documents files: the optional front matter, then documents of words.
///
/// Counting streams the file: it is cut at document boundaries into pieces of a few
/// mebibytes, which one worker per core takes in turn, each reading its piece a
/// mebibyte at a time into its own counts; a faster core simply takes more pieces.
/// The workers' counts are then merged. Memory grows with the distinct words and
/// n-grams, never with the file's size, and the result does not depend on how the
/// pieces fell: words are ordered by where each first appears in the file.
public enum DocumentsReader {
    /// Counts the n-grams of a documents file.
    /// - Parameters:
    ///   - overrides: command-line choices that override the front matter.
    ///   - contextLength: the number of words in a context (n ≥ 1).
    ///   - startPadding: precede each document with end tokens so first words are learnt.
    ///   - pieces: how many pieces to cut the file into; by default about one per 2 MiB.
    /// - Throws: `InputError` naming the first problem in the file, or the longest
    ///   document when none fills a context, so that no command draws an empty model.
    public static func count(_ text: InputText, overrides: ReadingOverrides = ReadingOverrides(),
                             contextLength: Int = 1, startPadding: Bool = false, pieces: Int? = nil) throws -> Model {
        precondition(contextLength >= 1, "a context has at least one word")
        let frontMatter = try FrontMatter.read(from: text)
        let settings = try ReadingSettings(frontMatter: frontMatter, overrides: overrides, text: text)
        let body = frontMatter.bodyOffset..<text.size
        let ranges = try DocumentBoundaries.pieces(of: text, body: body, documents: settings.documents,
                                                   count: pieces ?? max(1, min(256, body.count / (6 << 20))))
        let queue = PieceQueue()
        let workers = try inParallel(min(ranges.count, processorCount), text: text) { () throws -> DocumentWords<NGramCounter> in
            var words = DocumentWords(settings: settings) { endID in
                NGramCounter(contextLength: contextLength, endID: endID, startPadding: startPadding)
            }
            var scanner = DocumentScanner(settings: settings)
            let reader = ChunkReader()
            while let index = queue.take(below: ranges.count) {
                try scan(text, ranges[index], with: &scanner, reader: reader, into: &words)
            }
            return words
        }
        if workers.allSatisfy({ $0.documentCount == 0 }) { throw text.inputError(noDocuments(at: body.lowerBound)) }
        if workers.allSatisfy({ $0.consumer.table.count == 0 }) {
            throw text.inputError(try LongestDocument.nothingCounted(in: text, body: body, settings: settings, contextLength: contextLength))
        }
        // Every word once, with the earliest place any worker saw it.
        var interner = WordInterner()
        var firstSeen: [Int] = []
        var workerIDs: [[UInt32]] = []
        for worker in workers {
            workerIDs.append((0..<worker.interner.count).map { local in
                let (id, isNew) = worker.interner.bytes(of: local).withUnsafeBufferPointer { interner.intern($0) }
                if isNew {
                    firstSeen.append(worker.firstSeen[local])
                } else {
                    firstSeen[Int(id)] = min(firstSeen[Int(id)], worker.firstSeen[local])
                }
                return id
            })
        }
        let order = firstSeen.indices.sorted { firstSeen[$0] < firstSeen[$1] }
        let (vocabulary, vocabularyIDs) = try makeVocabulary(order.map(interner.word), settings: settings,
                                                             frontMatter: frontMatter, text: text)
        var byInternedID = [UInt32](repeating: 0, count: order.count)
        for (rank, id) in order.enumerated() { byInternedID[id] = vocabularyIDs[rank] }
        var table = NGramTable(width: contextLength + 1)
        for (worker, ids) in zip(workers, workerIDs) {
            table.add(worker.consumer.table, translatingIDs: ids.map { byInternedID[Int($0)] })
        }
        return Model(vocabulary: vocabulary, metadata: frontMatter.metadata, counted: table)
    }

    /// Reads every document of a documents file into memory.
    /// - Throws: `InputError` naming the first problem in the file.
    public static func read(_ text: InputText, overrides: ReadingOverrides = ReadingOverrides()) throws -> Corpus {
        let frontMatter = try FrontMatter.read(from: text)
        return try read(text, frontMatter: frontMatter,
                        settings: ReadingSettings(frontMatter: frontMatter, overrides: overrides, text: text))
    }

    /// Reads a text given to the built-in lesson as the colour lesson's documents are
    /// read (white-space separated words ending in white), whatever its words.
    static func readAsColourLesson(_ text: InputText, overrides: ReadingOverrides) throws -> Corpus {
        let frontMatter = try FrontMatter.read(from: text)
        return try read(text, frontMatter: frontMatter, settings: ReadingSettings(colourLessonWith: frontMatter, overrides: overrides))
    }

    /// Reads a documents file whose words must be read as a model's were (`score`'s
    /// DOCUMENTS under MODEL): cut, lower-cased, stripped of punctuation and ended as
    /// `reading` does, whatever the file's own words would decide; only how it is cut
    /// into documents (lines or paragraphs) is its own. Otherwise a colour model would
    /// read a file with one word that is not a colour as prose, ending its documents in
    /// an end token the model never saw.
    public static func read(_ text: InputText, as reading: WordReading, overrides: ReadingOverrides) throws -> Corpus {
        let frontMatter = try FrontMatter.read(from: text)
        var settings = reading.settings
        settings.documents = try ReadingSettings(frontMatter: frontMatter, overrides: overrides, text: text).documents
        settings.vocabulary = nil
        return try read(text, frontMatter: frontMatter, settings: settings)
    }

    /// How a documents file is read, for text read the same way (a prompt, the contexts
    /// a figure shows): its front matter and `overrides`, and what its text decides.
    public static func reading(of text: InputText, overrides: ReadingOverrides = ReadingOverrides()) throws -> WordReading {
        let frontMatter = try FrontMatter.read(from: text)
        return WordReading(settings: try ReadingSettings(frontMatter: frontMatter, overrides: overrides, text: text))
    }

    private static func read(_ text: InputText, frontMatter: FrontMatter, settings: ReadingSettings) throws -> Corpus {
        var words = DocumentWords(settings: settings) { _ in DocumentCollector() }
        var scanner = DocumentScanner(settings: settings)
        do {
            try scan(text, frontMatter.bodyOffset..<text.size, with: &scanner, reader: ChunkReader(), into: &words)
        } catch let problem as LocatedProblem {
            throw text.inputError(problem)
        }
        if words.documentCount == 0 { throw text.inputError(noDocuments(at: frontMatter.bodyOffset)) }
        let interner = words.interner
        let (vocabulary, vocabularyIDs) = try makeVocabulary((0..<interner.count).map(interner.word), settings: settings,
                                                             frontMatter: frontMatter, text: text)
        let documents = words.consumer.documents.map { document in
            document.map { vocabulary.words[Int(vocabularyIDs[Int($0)])] }
        }
        return Corpus(documents: documents, vocabulary: vocabulary, metadata: frontMatter.metadata)
    }

    /// A file without a single document (empty, only comments, only front matter):
    /// nothing to count or draw, so surely not what was meant.
    private static func noDocuments(at bodyOffset: Int) -> LocatedProblem {
        LocatedProblem(offset: bodyOffset, problem: "there are no documents here (the file has no words outside comments and front matter)",
                       fix: "write one document per line, its words separated by spaces")
    }

    /// Reads the documents in `range`, which starts at a document boundary; the
    /// scanner ends as it began, between documents, ready for another range.
    private static func scan<Consumer>(_ text: InputText, _ range: Range<Int>, with scanner: inout DocumentScanner,
                                       reader: ChunkReader, into words: inout DocumentWords<Consumer>) throws {
        try reader.forEachPiece(of: text, in: range) { bytes, offset in
            try scanner.scan(bytes, at: offset, into: &words)
        }
        try scanner.finish(into: &words)
        words.finish()
    }

    /// The vocabulary of `words` (in order of first appearance, after any declared
    /// ones; the end token goes last; front matter colours applied) and each word's
    /// index in it.
    ///
    /// Words whose bytes differ but which are the same text (é as one character or as
    /// e and an accent) become one word here.
    private static func makeVocabulary(_ words: [String], settings: ReadingSettings,
                                       frontMatter: FrontMatter, text: InputText) throws -> (Vocabulary, [UInt32]) {
        var colors: [String: WordColor] = [:]
        for (word, color) in frontMatter.colors { colors[word.value] = color }
        let vocabulary = Vocabulary(words: words, endToken: settings.end, colors: colors,
                                    order: settings.vocabulary == nil ? .alphabeticalCharacters : .given)
        for (word, _) in frontMatter.colors where !vocabulary.contains(word.value) {
            throw text.inputError(LocatedProblem(offset: word.offset,
                                                 problem: "`colors` gives a colour to `\(word.value)`, which no document uses",
                                                 fix: "remove it, correct its spelling, or add it to `vocabulary:`"))
        }
        return (vocabulary, words.map { UInt32(vocabulary.index(of: $0)!) })
    }

    /// Runs `work` on `count` threads at once; returns their results, or throws the
    /// problem that comes first in the file.
    private static func inParallel<Value: Sendable>(_ count: Int, text: InputText,
                                                    _ work: @escaping @Sendable () throws -> Value) throws -> [Value] {
        let results = Mutex<[Result<Value, any Error>?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = Result { try work() }
            results.withLock { $0[index] = result }
        }
        let finished = results.withLock { $0.map { $0! } }
        var first: LocatedProblem?
        for result in finished {
            guard case .failure(let error) = result else { continue }
            guard let problem = error as? LocatedProblem else { throw error }
            if first == nil || problem.offset < first!.offset { first = problem }
        }
        if let first { throw text.inputError(first) }
        return finished.map { try! $0.get() }
    }

    /// The processors this program may run on.
    private static var processorCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}

/// Hands out piece numbers in order, each once, to whichever worker asks next.
private final class PieceQueue: Sendable {
    private let next = Atomic<Int>(0)

    /// The next piece number, or nil when all `count` are taken.
    func take(below count: Int) -> Int? {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < count ? index : nil
    }
}
