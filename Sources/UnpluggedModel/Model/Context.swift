/// The words a bin is labelled with: the last words before the next one.
///
/// A model with context length 2 has bins labelled with pairs of stickies. A context
/// made of end tokens is the start of a document (when documents are padded).
public struct Context: Hashable, Sendable, CustomStringConvertible {
    public let words: [String]

    public init(_ words: [String]) {
        self.words = words
    }

    /// The words separated by spaces, as errors and text output name a bin.
    public var description: String { words.joined(separator: " ") }
}
