/// Generates documents from a model: from the prompt, draw a ball from the bin of the
/// current context, append its word, and repeat until the end token is drawn.
///
/// Draws are exact integer draws (`draw(below:)`) from the balls' counts, so with a
/// `SplitMix64` seed the same documents come out on every machine.
public struct Sampler: Sendable {
    public let model: Model
    /// 1 draws balls as counted; towards 0 the likeliest ball is drawn more and more
    /// often (0 always draws it, ties to the first in vocabulary order); above 1 the
    /// draw gets flatter, rare words coming up more often than counted.
    public let temperature: Double
    /// The most words a document may have, prompt included, end token not counted.
    public let maximumLength: Int
    public let unseenContext: UnseenContextPolicy

    /// What generation does on reaching a context whose bin has no balls.
    public enum UnseenContextPolicy: Hashable, Sendable {
        /// Stop with `SamplingError.unseenContext`, naming the context.
        case fail
        /// Use the longest shorter context (its last words) that has balls, pooling the
        /// balls of every bin whose context ends with it.
        case backOff
    }

    /// - Precondition: `temperature` ≥ 0 and finite; `maximumLength` ≥ 1.
    public init(model: Model, temperature: Double = 1, maximumLength: Int = 100,
                unseenContext: UnseenContextPolicy = .fail) {
        precondition(temperature >= 0 && temperature.isFinite, "temperature is 0 or more")
        precondition(maximumLength >= 1, "a document may have at least one word")
        self.model = model
        self.temperature = temperature
        self.maximumLength = maximumLength
        self.unseenContext = unseenContext
    }

    /// Generates one document.
    ///
    /// With no prompt, a model trained with start padding starts from its start bin;
    /// any other model starts from a context drawn among its bins with balls.
    /// - Throws: `SamplingError`.
    public func generate(prompt: [String] = [], using generator: inout some RandomNumberGenerator) throws -> GenerationTrace {
        let vocabulary = model.vocabulary
        let n = model.contextLength
        let end = Int32(vocabulary.count - 1)
        try check(prompt: prompt)
        var document = prompt.map { Int32(vocabulary.index(of: $0)!) }
        let padded = model.hasStartBin
        var promptWasDrawn = false
        if document.isEmpty, !padded {
            let starts = (0..<model.binCount).filter { bin in
                !model.ballRange(ofBin: bin).isEmpty && !model.contextIDs(ofBin: bin).contains(end)
            }
            guard !starts.isEmpty else { throw SamplingError.noBalls }
            document = Array(model.contextIDs(ofBin: starts[Int(generator.draw(below: UInt64(starts.count)))]).prefix(maximumLength))
            promptWasDrawn = true
        }
        let prompt = document.map { vocabulary.words[Int($0)] }
        var bins = BinLookup(model: model, policy: unseenContext)
        var draws: [GenerationDraw] = []
        var stop = GenerationTrace.Stop.maximumLength
        while document.count < maximumLength {
            let context = Array((padded ? Array(repeating: end, count: n) + document : document).suffix(n))
            let bin = try bins.bin(for: context)
            let ball = bin.words[pick(bin.counts, using: &generator)]
            let after = document + [ball]
            draws.append(GenerationDraw(
                index: draws.count,
                context: Context(context.map { vocabulary.words[Int($0)] }),
                bin: Bin(context: Context(bin.context.map { vocabulary.words[Int($0)] }),
                         counts: zip(bin.words, bin.counts).map { BallCount(word: vocabulary.words[Int($0)], count: $1) }),
                ball: vocabulary.words[Int(ball)],
                document: after.map { vocabulary.words[Int($0)] }))
            if ball == end {
                stop = .endToken
                break
            }
            document = after
        }
        return GenerationTrace(prompt: prompt, promptWasDrawn: promptWasDrawn, draws: draws,
                               words: document.map { vocabulary.words[Int($0)] }, stop: stop)
    }

    /// Checks that generation can start from `prompt`: its words are in the
    /// vocabulary, it has no end token, it fits the maximum length, and it fills a
    /// context unless the model was padded, backing off was asked for, or it is empty
    /// (then a start is drawn).
    /// - Throws: `SamplingError`.
    public func check(prompt: [String]) throws {
        let vocabulary = model.vocabulary
        for word in prompt {
            guard vocabulary.contains(word) else { throw SamplingError.unknownWord(word, vocabulary: vocabulary.promptWords) }
            guard !vocabulary.isEnd(word) else { throw SamplingError.endTokenInPrompt(word) }
        }
        guard prompt.count <= maximumLength else {
            throw SamplingError.promptTooLong(words: prompt.count, maximumLength: maximumLength)
        }
        if !prompt.isEmpty, prompt.count < model.contextLength, !model.hasStartBin, unseenContext == .fail {
            throw SamplingError.promptTooShort(words: prompt.count, contextLength: model.contextLength)
        }
    }

    /// The index of the ball drawn from balls with `counts`, at this temperature.
    private func pick(_ counts: [Int], using generator: inout some RandomNumberGenerator) -> Int {
        if temperature == 0 {
            return counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }!
        }
        if temperature == 1 {
            return generator.draw(weights: counts.map(UInt64.init))
        }
        // Weight ∝ count^(1/T), scaled so the largest count weighs 2^32 and computed
        // with portable log and exp, then drawn as whole numbers.
        let logs = counts.map { PortableMath.log(Double($0)) }
        let largest = logs.max()!
        let weights = logs.map { log -> UInt64 in
            let exponent = (log - largest) / temperature
            return exponent < -745 ? 0 : UInt64((PortableMath.exp(exponent) * 4_294_967_296).rounded())
        }
        return generator.draw(weights: weights)
    }
}

/// The balls generation draws from for a context, backing off when asked.
private struct BinLookup {
    /// A bin as vocabulary indices.
    struct Balls {
        var context: [Int32]
        var words: [Int32]
        var counts: [Int]
    }

    let model: Model
    let policy: Sampler.UnseenContextPolicy
    /// Pooled bins of shorter contexts, made once per generation.
    private var pooled: [[Int32]: Balls] = [:]

    init(model: Model, policy: Sampler.UnseenContextPolicy) {
        self.model = model
        self.policy = policy
    }

    mutating func bin(for context: [Int32]) throws -> Balls {
        if context.count == model.contextLength, let index = model.binIndex(of: context), !model.ballRange(ofBin: index).isEmpty {
            let range = model.ballRange(ofBin: index)
            return Balls(context: context, words: Array(model.ballWords[range]), counts: Array(model.ballCounts[range]))
        }
        guard policy == .backOff else {
            throw SamplingError.unseenContext(Context(context.map { model.vocabulary.words[Int($0)] }))
        }
        for length in stride(from: min(context.count, model.contextLength - 1), through: 0, by: -1) {
            let suffix = Array(context.suffix(length))
            let balls = pooled[suffix] ?? pool(suffix)
            pooled[suffix] = balls
            if !balls.words.isEmpty { return balls }
        }
        throw SamplingError.noBalls
    }

    /// The balls of every bin whose context ends with `suffix`, added together.
    private func pool(_ suffix: [Int32]) -> Balls {
        var counts = [Int](repeating: 0, count: model.vocabulary.count)
        for bin in 0..<model.binCount where model.contextIDs(ofBin: bin).suffix(suffix.count).elementsEqual(suffix) {
            for ball in model.ballRange(ofBin: bin) { counts[Int(model.ballWords[ball])] += model.ballCounts[ball] }
        }
        let words = counts.indices.filter { counts[$0] > 0 }
        return Balls(context: suffix, words: words.map(Int32.init), counts: words.map { counts[$0] })
    }
}
