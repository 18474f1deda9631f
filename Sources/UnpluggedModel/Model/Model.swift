/// A trained model of the lesson: for every context seen, a bin of balls, one ball
/// per time a word followed that context.
///
/// This is the count table: one row (bin) per context, one column per word of the
/// vocabulary. Storage is sparse, only the non-zero counts, so a novel's model fits
/// in memory whatever its vocabulary. Bins keep the table's order: the rows' order in
/// a count table that was read, or contexts in vocabulary order for counted documents.
public struct Model: Hashable, Sendable {
    public let vocabulary: Vocabulary
    /// How many words a context has (1: bins labelled by one sticky; 2: by pairs).
    public let contextLength: Int
    public let metadata: Metadata
    /// Each bin's context as vocabulary indices, `contextLength` per bin.
    let binContexts: [Int32]
    /// Where each bin's balls start in `ballWords` and `ballCounts`; one more than bins.
    let binStarts: [Int]
    /// Each bin's words with balls, in vocabulary order, as vocabulary indices.
    let ballWords: [Int32]
    let ballCounts: [Int]
    /// Each context's bin.
    private let binIndex: [[Int32]: Int]
    /// Whether each word of the vocabulary is in a context or on a ball: a model set
    /// beside another in their two vocabularies together has words it never saw.
    private let seen: [Bool]

    init(vocabulary: Vocabulary, contextLength: Int, metadata: Metadata,
         binContexts: [Int32], binStarts: [Int], ballWords: [Int32], ballCounts: [Int]) {
        self.vocabulary = vocabulary
        self.contextLength = contextLength
        self.metadata = metadata
        self.binContexts = binContexts
        self.binStarts = binStarts
        self.ballWords = ballWords
        self.ballCounts = ballCounts
        var binIndex: [[Int32]: Int] = [:]
        binIndex.reserveCapacity(binStarts.count - 1)
        for bin in 0..<binStarts.count - 1 {
            binIndex[Array(binContexts[bin * contextLength..<(bin + 1) * contextLength])] = bin
        }
        self.binIndex = binIndex
        var seen = [Bool](repeating: false, count: vocabulary.count)
        for id in binContexts { seen[Int(id)] = true }
        for id in ballWords { seen[Int(id)] = true }
        self.seen = seen
    }

    /// A model from counted n-grams whose ids are vocabulary indices: bins in context
    /// order, balls in vocabulary order. Equal n-grams are added together (two
    /// spellings of one word, é and e + accent, meet here).
    init(vocabulary: Vocabulary, metadata: Metadata, counted table: NGramTable) {
        let width = table.width
        var grams: [UInt32] = [], counts: [Int] = []
        grams.reserveCapacity(table.count * width)
        counts.reserveCapacity(table.count)
        table.forEach { gram, count in
            grams.append(contentsOf: gram)
            counts.append(count)
        }
        let gram = { (entry: Int) in grams[entry * width..<(entry + 1) * width] }
        let order: [Int]
        if width == 2 {
            // Bigrams sort fastest as one 64-bit number each: context, then next word.
            order = counts.indices.map { UInt64(grams[2 * $0]) << 32 | UInt64(grams[2 * $0 + 1]) }
                .enumerated().sorted { $0.element < $1.element }.map(\.offset)
        } else {
            order = counts.indices.sorted { gram($0).lexicographicallyPrecedes(gram($1)) }
        }
        var binContexts: [Int32] = [], binStarts: [Int] = [], ballWords: [Int32] = [], ballCounts: [Int] = []
        var previous: ArraySlice<UInt32> = []
        for entry in order {
            let current = gram(entry)
            if current == previous {
                ballCounts[ballCounts.count - 1] += counts[entry]
                continue
            }
            if previous.isEmpty || current.dropLast() != previous.dropLast() {
                binStarts.append(ballWords.count)
                binContexts.append(contentsOf: current.dropLast().map { Int32($0) })
            }
            ballWords.append(Int32(current.last!))
            ballCounts.append(counts[entry])
            previous = current
        }
        binStarts.append(ballWords.count)
        self.init(vocabulary: vocabulary, contextLength: width - 1, metadata: metadata,
                  binContexts: binContexts, binStarts: binStarts, ballWords: ballWords, ballCounts: ballCounts)
    }

    /// A model with the given bins, in this order.
    /// - Precondition: every context has `contextLength` words and every word is in `vocabulary`.
    public init(vocabulary: Vocabulary, contextLength: Int, bins: [Bin], metadata: Metadata = Metadata()) {
        precondition(contextLength >= 1, "a context has at least one word")
        var binContexts: [Int32] = [], binStarts: [Int] = [], ballWords: [Int32] = [], ballCounts: [Int] = []
        for bin in bins {
            precondition(bin.context.words.count == contextLength, "context \(bin.context) does not have \(contextLength) words")
            binStarts.append(ballWords.count)
            binContexts += bin.context.words.map { Int32(vocabulary.index(of: $0)!) }
            let balls = bin.counts.map { (Int32(vocabulary.index(of: $0.word)!), $0.count) }.sorted { $0.0 < $1.0 }
            ballWords += balls.map(\.0)
            ballCounts += balls.map(\.1)
        }
        binStarts.append(ballWords.count)
        self.init(vocabulary: vocabulary, contextLength: contextLength, metadata: metadata,
                  binContexts: binContexts, binStarts: binStarts, ballWords: ballWords, ballCounts: ballCounts)
    }

    /// The number of bins (rows of the table).
    public var binCount: Int { binStarts.count - 1 }

    /// Every bin, in table order.
    public var bins: [Bin] { (0..<binCount).map(bin(at:)) }

    /// The bin at `index` in table order.
    public func bin(at index: Int) -> Bin {
        Bin(context: Context(contextIDs(ofBin: index).map { vocabulary.words[Int($0)] }),
            counts: ballRange(ofBin: index).map { BallCount(word: vocabulary.words[Int(ballWords[$0])], count: ballCounts[$0]) })
    }

    /// The bin of `context`; an empty bin when the context was never seen.
    public func bin(for context: Context) -> Bin {
        let ids = context.words.map { vocabulary.index(of: $0).map(Int32.init) ?? -1 }
        guard let index = binIndex[ids] else { return Bin(context: context, counts: []) }
        return bin(at: index)
    }

    /// How many balls of `word` the bin of `context` holds.
    public func count(of word: String, after context: Context) -> Int {
        bin(for: context).count(of: word)
    }

    /// Whether the model saw `word` in training: in a context, or as a ball.
    public func hasSeen(_ word: String) -> Bool {
        vocabulary.index(of: word).map { seen[$0] } ?? false
    }

    /// The same counts in `vocabulary`, which has every word of this one (and may have
    /// more, words this model never saw), in the same bin order.
    public func counted(in vocabulary: Vocabulary) -> Model {
        Model(vocabulary: vocabulary, contextLength: contextLength, bins: bins, metadata: metadata)
    }

    /// The same counts with every word marked as `marks` say (`Vocabulary.marked(by:)`).
    public func marked(by marks: LessonMarks) -> Model {
        Model(vocabulary: vocabulary.marked(by: marks), contextLength: contextLength, metadata: metadata,
              binContexts: binContexts, binStarts: binStarts, ballWords: ballWords, ballCounts: ballCounts)
    }

    /// The context at the start of a document: end tokens only. The model has a bin for
    /// it when its documents were counted with start padding.
    public var startContext: Context {
        Context(Array(repeating: vocabulary.endToken, count: contextLength))
    }

    /// Whether the model learnt how documents start (it has balls in the start bin).
    public var hasStartBin: Bool { !bin(for: startContext).isEmpty }

    // MARK: Index-level access for the table writer, the sampler and scoring

    func contextIDs(ofBin index: Int) -> ArraySlice<Int32> {
        binContexts[index * contextLength..<(index + 1) * contextLength]
    }

    func ballRange(ofBin index: Int) -> Range<Int> {
        binStarts[index]..<binStarts[index + 1]
    }

    func binIndex(of contextIDs: [Int32]) -> Int? {
        binIndex[contextIDs]
    }
}
