/// What the scores of many documents say together: how many the model could have
/// written, and how surprised it was by those on average.
public struct ScoreSummary: Hashable, Sendable {
    /// The documents scored.
    public private(set) var documents = 0
    /// The documents the model could have written.
    public private(set) var possibleDocuments = 0
    /// The words of every document scored.
    public private(set) var words = 0
    private var perplexitySum = 0.0

    public init() {}

    /// Counts one more document.
    public mutating func add(_ score: DocumentScore) {
        documents += 1
        words += score.words
        if score.isPossible {
            possibleDocuments += 1
            perplexitySum += score.perplexity
        }
    }

    /// The share of the documents the model could have written, from 0 to 1; nil
    /// before any document.
    public var possibleShare: Double? {
        documents == 0 ? nil : Double(possibleDocuments) / Double(documents)
    }

    /// The mean perplexity of the documents the model could have written (an impossible
    /// document's is infinite and would swamp it); nil when there is none.
    public var meanPerplexity: Double? {
        possibleDocuments == 0 ? nil : perplexitySum / Double(possibleDocuments)
    }
}
