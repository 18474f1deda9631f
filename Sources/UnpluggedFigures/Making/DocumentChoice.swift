/// Which documents a training figure animates, as a class trains: one after another,
/// each starting from the bins the documents before it left.
public enum DocumentChoice: Hashable, Sendable {
    /// Document `k` (from 1), its bins already holding the balls of documents 1 to k − 1.
    case number(Int)
    /// Every document in turn, one numbered sequence of frames.
    case all

    /// A number from 1, or `all`.
    public init(text: String) throws(OptionProblem) {
        if text.lowercased() == "all" {
            self = .all
            return
        }
        guard let number = Int(text), number >= 1 else {
            throw OptionProblem("'\(text)' is not a document number of 1 or more, nor all",
                                fix: "write a number such as 1, or all")
        }
        self = .number(number)
    }
}
