/// How likely a model was to write one document: the chance of each ball drawn on
/// the way, multiplied together.
///
/// Writing a document the lesson's way starts from its first context (its first words,
/// or with start padding the end tokens before them), then draws every next word and
/// finally the end token, each from the bin of the words before it. A step whose word
/// never followed that context in training has chance 0, and so has the document:
/// the model could not have written it. So could it not write a document shorter
/// than its context without start padding, which has no first context to start from.
/// An impossible document says why (`Impossibility`), so two halves of a room that
/// score each other's documents learn what the other half never saw.
public struct DocumentScore: Hashable, Sendable {
    /// One draw: the word taken from the bin of `context`.
    public struct Step: Hashable, Sendable {
        public let context: Context
        public let word: String
        /// The balls of `word` in the bin.
        public let count: Int
        /// The balls in the bin; 0 when the context was never seen in training.
        public let total: Int

        /// count / total, exactly; nil for a bin never seen in training.
        public var chance: Fraction? { total == 0 ? nil : Fraction(count, total) }
    }

    /// The document's words (the end token is not one of them).
    public let words: Int
    /// Every draw, the end token's last.
    public let steps: [Step]
    /// The product of the steps' chances: the exact fraction rounded once while its
    /// numerator and denominator fit in 64 bits, else the product of the rounded
    /// chances; 0 when a step is impossible, and it may round to 0 for a long document.
    public let probability: Double
    /// The sum of the base-2 logarithms of the chances, which does not round to
    /// nothing as `probability` can; −∞ when a step is impossible.
    public let log2Probability: Double

    /// Why the model could not have written the document; nil when it could.
    public let impossibility: Impossibility?

    /// Whether the model could have written the document: it has a first context and
    /// every step has happened in training.
    public var isPossible: Bool { log2Probability > -.infinity }

    /// How many words the model chose between, on average, as it wrote the document:
    /// probability^(−1/steps), computed as 2^(−log2Probability/steps); ∞ when the model
    /// could not have written it.
    public var perplexity: Double {
        isPossible ? PortableMath.pow(2, -log2Probability / Double(steps.count)) : .infinity
    }

    /// Scores `document` under `model`.
    /// - Parameter startPadding: start from the start context (end tokens), so the
    ///   first words are drawn too.
    public init(document: [String], model: Model, startPadding: Bool) {
        let n = model.contextLength
        let end = model.vocabulary.endToken
        let written = (startPadding ? Array(repeating: end, count: n) : []) + document + [end]
        let ids = written.map { word in model.vocabulary.index(of: word).map(Int32.init) ?? -1 }
        var steps: [Step] = []
        steps.reserveCapacity(max(0, written.count - n))
        for index in n..<max(n, written.count) {
            var count = 0, total = 0
            if let bin = model.binIndex(of: Array(ids[index - n..<index])) {
                for ball in model.ballRange(ofBin: bin) {
                    total += model.ballCounts[ball]
                    if model.ballWords[ball] == ids[index] { count = model.ballCounts[ball] }
                }
            }
            steps.append(Step(context: Context(Array(written[index - n..<index])), word: written[index], count: count, total: total))
        }
        words = document.count
        self.steps = steps
        guard !steps.isEmpty, steps.allSatisfy({ $0.count > 0 }) else {
            probability = 0
            log2Probability = -.infinity
            impossibility = Impossibility(of: document, steps: steps, model: model)
            return
        }
        impossibility = nil
        log2Probability = steps.reduce(0.0) { $0 + PortableMath.log2(Double($1.count)) - PortableMath.log2(Double($1.total)) }
        probability = Self.product(of: steps)
    }

    /// The product of the steps' chances, every one positive.
    private static func product(of steps: [Step]) -> Double {
        var exact: Fraction? = Fraction(1, 1)
        var rounded = 1.0
        for step in steps {
            rounded *= Double(step.count) / Double(step.total)
            if let product = exact {
                let (numerator, over) = product.numerator.multipliedReportingOverflow(by: step.count)
                let (denominator, under) = product.denominator.multipliedReportingOverflow(by: step.total)
                exact = over || under ? nil : Fraction(numerator, denominator)
            }
        }
        return exact.map { Double($0.numerator) / Double($0.denominator) } ?? rounded
    }
}
