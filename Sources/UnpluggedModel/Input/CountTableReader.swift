/// Reads count tables: a trained model written as CSV, in the layout of the lesson's
/// `init.csv` (context length 1) and `context_two.csv` (context length 2).
///
/// The header row has one empty cell per context word, then the words; each row after
/// it has the context's words, then one whole count per header word. The context
/// length is the number of empty cells that begin the header.
public enum CountTableReader {
    /// Reads the table in `text`.
    /// - Parameter endToken: the end token; by default the header's last word.
    /// - Throws: `InputError` naming the first problem.
    public static func read(_ text: InputText, endToken: String? = nil) throws -> Model {
        var table = TableUnderConstruction(endToken: endToken)
        var records = CSVRecords()
        do {
            try ChunkReader().forEachPiece(of: text, in: 0..<text.size) { bytes, base in
                var bytes = bytes
                if base == 0, bytes.starts(with: UTF8.byteOrderMark) {
                    bytes = UnsafeBufferPointer(rebasing: bytes[3...])
                    try records.read(bytes, at: 3) { try table.add($0) }
                } else {
                    try records.read(bytes, at: base) { try table.add($0) }
                }
            }
            try records.finish { try table.add($0) }
            return try table.model()
        } catch let problem as LocatedProblem {
            throw text.inputError(problem)
        }
    }
}

/// A count table as its rows arrive.
private struct TableUnderConstruction {
    let endToken: String?
    var vocabulary: Vocabulary?
    var contextLength = 0
    /// Each header column's vocabulary index.
    var columnIDs: [Int32] = []
    var headerWords: [String] = []
    var headerOffset = 0
    /// The contexts that have a row.
    var contexts: Set<[Int32]> = []
    var binContexts: [Int32] = [], binStarts: [Int] = [], ballWords: [Int32] = [], ballCounts: [Int] = []
    var balls: [(Int32, Int)] = []

    init(endToken: String?) {
        self.endToken = endToken
    }

    mutating func add(_ record: CSVRecords.Record) throws {
        if record.isBlank { return }
        if vocabulary == nil {
            try readHeader(record)
        } else {
            try readRow(record)
        }
    }

    private mutating func readHeader(_ record: CSVRecords.Record) throws {
        headerOffset = record.offset
        while contextLength < record.count, record.field(contextLength).isEmpty { contextLength += 1 }
        guard contextLength > 0 else {
            throw LocatedProblem(offset: record.offset, problem: "the header row does not start with an empty cell",
                                 fix: "begin it with one comma per context word, as in `,purple,blue,white`")
        }
        guard contextLength < record.count else {
            throw LocatedProblem(offset: record.offset, problem: "the header row names no words",
                                 fix: "after one empty cell per context word, write the words, as in `,purple,blue,white`")
        }
        var columns: [String: Int] = [:]
        for index in contextLength..<record.count {
            let word = try record.text(index)
            guard !word.isEmpty else {
                throw LocatedProblem(offset: record.offsets[index], problem: "header column \(index + 1) is empty",
                                     fix: "write a word in it, or remove the extra comma")
            }
            guard word.utf8.count <= Vocabulary.longestWord else {
                throw LocatedProblem(offset: record.offsets[index], problem: "header column \(index + 1) is \(word.utf8.count) bytes long, more than a word may have (\(Vocabulary.longestWord))",
                                     fix: "write one word in each header cell, and check that the file is a count table")
            }
            if let earlier = columns[word] {
                throw LocatedProblem(offset: record.offsets[index], problem: "`\(word)` is in the header twice (columns \(earlier + 1) and \(index + 1))",
                                     fix: "keep one column per word")
            }
            columns[word] = index
            headerWords.append(word)
        }
        let end = endToken ?? headerWords.last!
        guard columns[end] != nil else {
            throw LocatedProblem(offset: record.offset, problem: "the end token `\(end)` is not a word of the header",
                                 fix: "name one of the header's words with the end option, or add a column for it")
        }
        let vocabulary = Vocabulary(words: headerWords, endToken: end, order: .given)
        columnIDs = headerWords.map { Int32(vocabulary.index(of: $0)!) }
        self.vocabulary = vocabulary
    }

    private mutating func readRow(_ record: CSVRecords.Record) throws {
        let vocabulary = vocabulary!
        let cells = contextLength + headerWords.count
        guard record.count == cells else {
            let offset = record.count > cells ? record.offsets[cells] : record.offsets[record.count - 1] + record.field(record.count - 1).count
            throw LocatedProblem(offset: offset, problem: "this row has \(record.count) cells but the header has \(cells)",
                                 fix: "give every row \(English.count(contextLength, "context word")) and one count per header word")
        }
        var context: [Int32] = []
        for index in 0..<contextLength {
            let word = try record.text(index)
            guard let id = vocabulary.index(of: word) else {
                throw LocatedProblem(offset: record.offsets[index],
                                     problem: word.isEmpty ? "this row's context word \(index + 1) is empty" : "the context word `\(word)` is not a word of the header",
                                     fix: "use one of \(headerWords.joined(separator: ", "))")
            }
            context.append(Int32(id))
        }
        guard contexts.insert(context).inserted else {
            throw LocatedProblem(offset: record.offset, problem: "the context `\(context.map { vocabulary.words[Int($0)] }.joined(separator: " "))` has a row already",
                                 fix: "merge this row into the earlier one")
        }
        balls.removeAll(keepingCapacity: true)
        var total = 0
        for index in contextLength..<cells {
            let count = try Self.count(record.field(index), at: record.offsets[index])
            let (sum, overflow) = total.addingReportingOverflow(count)
            guard !overflow else {
                throw LocatedProblem(offset: record.offsets[index], problem: "this row's counts add up to more than a computer word holds",
                                     fix: "divide every count of the row by the same number")
            }
            total = sum
            if count > 0 { balls.append((columnIDs[index - contextLength], count)) }
        }
        balls.sort { $0.0 < $1.0 }
        binStarts.append(ballWords.count)
        binContexts += context
        for (word, count) in balls {
            ballWords.append(word)
            ballCounts.append(count)
        }
    }

    /// A whole, non-negative count, read digit by digit (a big table has millions).
    private static func count(_ field: ArraySlice<UInt8>, at offset: Int) throws -> Int {
        guard !field.isEmpty else {
            throw LocatedProblem(offset: offset, problem: "this count is empty", fix: "write 0 for a word that never follows")
        }
        var value = 0
        for byte in field {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                let text = String(decoding: field, as: UTF8.self)
                if field.first == UInt8(ascii: "-"), Int(text) != nil {
                    throw LocatedProblem(offset: offset, problem: "the count \(text) is negative",
                                         fix: "counts are numbers of balls: 0 or more")
                }
                throw LocatedProblem(offset: offset, problem: "`\(text)` is not a whole number",
                                     fix: "write a count of balls, such as 3 (percentages and fractions are not counts)")
            }
            let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow, !overflow2 else {
                throw LocatedProblem(offset: offset, problem: "the count \(String(decoding: field, as: UTF8.self)) is too large",
                                     fix: "divide every count of the row by the same number")
            }
            value = next
        }
        return value
    }

    func model() throws -> Model {
        guard let vocabulary else {
            throw LocatedProblem(offset: 0, problem: "the table is empty",
                                 fix: "write a header row such as `,purple,blue,white`, then one row per context")
        }
        // Only counts above 0 are kept as balls: none means a model with nothing in it,
        // which no figure can show.
        guard !ballCounts.isEmpty else {
            throw LocatedProblem(offset: headerOffset, problem: "every count of the table is 0, so the model has nothing in it",
                                 fix: "write below the header how many times each word follows each context, as in `purple,1,3,1,3,2`")
        }
        return Model(vocabulary: vocabulary, contextLength: contextLength, metadata: Metadata(),
                     binContexts: binContexts, binStarts: binStarts + [ballWords.count],
                     ballWords: ballWords, ballCounts: ballCounts)
    }
}
