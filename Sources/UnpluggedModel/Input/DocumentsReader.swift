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
/// Counting streams the file: it is read a mebibyte at a time, split at document
/// boundaries into one piece per core, each piece counted on its own thread, and the
/// pieces' counts merged in file order. Memory grows with the distinct words and
/// n-grams, never with the file's size, and the result does not depend on how many
/// pieces were made.
public enum DocumentsReader {
    /// Counts the n-grams of a documents file.
    /// - Parameters:
    ///   - overrides: command-line choices that override the front matter.
    ///   - contextLength: the number of words in a context (n ≥ 1).
    ///   - startPadding: precede each document with end tokens so first words are learnt.
    ///   - parts: how many pieces to count at once; by default one per core.
    /// - Throws: `InputError` naming the first problem in the file.
    public static func count(_ text: InputText, overrides: ReadingOverrides = ReadingOverrides(),
                             contextLength: Int = 1, startPadding: Bool = false, parts: Int? = nil) throws -> Model {
        precondition(contextLength >= 1, "a context has at least one word")
        let frontMatter = try FrontMatter.read(from: text)
        let settings = ReadingSettings(frontMatter: frontMatter, overrides: overrides)
        let body = frontMatter.bodyOffset..<text.size
        let pieces = try DocumentBoundaries.pieces(of: text, body: body, documents: settings.documents,
                                                   count: parts ?? defaultParts(bodySize: body.count))
        let counted = try inFileOrder(pieces.map { piece in
            { () throws -> DocumentWords<NGramCounter> in
                var words = DocumentWords(settings: settings) { endID in
                    NGramCounter(contextLength: contextLength, endID: endID, startPadding: startPadding)
                }
                try scan(text, piece, settings: settings, into: &words)
                return words
            }
        }, text: text)
        var merged = counted[0].consumer.table
        var interner = counted[0].interner
        for other in counted.dropFirst() {
            let ids = (0..<other.interner.count).map { id in
                other.interner.bytes(of: id).withUnsafeBufferPointer { interner.intern($0).id }
            }
            merged.add(other.consumer.table, translatingIDs: ids)
        }
        let (vocabulary, vocabularyIDs) = try makeVocabulary(interner, settings: settings, frontMatter: frontMatter, text: text)
        var table = NGramTable(width: contextLength + 1)
        table.add(merged, translatingIDs: vocabularyIDs)
        return Model(vocabulary: vocabulary, metadata: frontMatter.metadata, counted: table)
    }

    /// Reads every document of a documents file into memory.
    /// - Throws: `InputError` naming the first problem in the file.
    public static func read(_ text: InputText, overrides: ReadingOverrides = ReadingOverrides()) throws -> Corpus {
        let frontMatter = try FrontMatter.read(from: text)
        let settings = ReadingSettings(frontMatter: frontMatter, overrides: overrides)
        var words = DocumentWords(settings: settings) { _ in DocumentCollector() }
        do {
            try scan(text, frontMatter.bodyOffset..<text.size, settings: settings, into: &words)
        } catch let problem as LocatedProblem {
            throw text.inputError(problem)
        }
        let (vocabulary, vocabularyIDs) = try makeVocabulary(words.interner, settings: settings,
                                                             frontMatter: frontMatter, text: text)
        let documents = words.consumer.documents.map { document in
            document.map { vocabulary.words[Int(vocabularyIDs[Int($0)])] }
        }
        return Corpus(documents: documents, vocabulary: vocabulary, metadata: frontMatter.metadata)
    }

    private static func scan<Consumer>(_ text: InputText, _ range: Range<Int>, settings: ReadingSettings,
                                       into words: inout DocumentWords<Consumer>) throws {
        var scanner = DocumentScanner(settings: settings)
        try ChunkReader.forEachPiece(of: text, in: range) { bytes, offset in
            try scanner.scan(bytes, at: offset, into: &words)
        }
        try scanner.finish(into: &words)
        words.finish()
    }

    /// The vocabulary of the interned words (declared order or first appearance, the
    /// end token last, front matter colours applied) and each interned id's index in it.
    ///
    /// Words whose bytes differ but which are the same text (é as one character or as
    /// e and an accent) become one word here.
    private static func makeVocabulary(_ interner: WordInterner, settings: ReadingSettings,
                                       frontMatter: FrontMatter, text: InputText) throws -> (Vocabulary, [UInt32]) {
        let words = (0..<interner.count).map(interner.word)
        var colors: [String: WordColor] = [:]
        for (word, color) in frontMatter.colors { colors[word.value] = color }
        let vocabulary = Vocabulary(words: words, endToken: settings.end, colors: colors)
        for (word, _) in frontMatter.colors where !vocabulary.contains(word.value) {
            throw text.inputError(line: word.line, column: word.column,
                                  "`colors` gives a colour to `\(word.value)`, which no document uses",
                                  fix: "remove it, correct its spelling, or add it to `vocabulary:`")
        }
        return (vocabulary, words.map { UInt32(vocabulary.index(of: $0)!) })
    }

    /// Runs each piece's work at once, one thread each; returns their results in order,
    /// or throws the problem that comes first in the file.
    private static func inFileOrder<Value: Sendable>(_ work: [@Sendable () throws -> Value], text: InputText) throws -> [Value] {
        let results = Mutex<[Result<Value, any Error>?]>(Array(repeating: nil, count: work.count))
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            let result = Result { try work[index]() }
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

    /// One piece per core, but no piece smaller than a few mebibytes: threads cost
    /// more than they save on small files.
    private static func defaultParts(bodySize: Int) -> Int {
        let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        return max(1, min(cores, 8, bodySize / (4 << 20)))
    }
}
