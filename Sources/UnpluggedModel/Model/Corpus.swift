/// Documents held in memory, word by word: what training walks through and what
/// traces are made from.
///
/// A document is its words; the end token that follows every document is not stored
/// but added wherever documents are counted or traced.
public struct Corpus: Hashable, Sendable {
    public let vocabulary: Vocabulary
    /// Each document's words, without the end token.
    public let documents: [[String]]
    public let metadata: Metadata

    /// Documents in a vocabulary.
    /// - Parameter vocabulary: the words' order and colours; by default the words in
    ///   order of first appearance, with the lesson's end token `white`.
    /// - Precondition: every word is in `vocabulary` and none is its end token.
    public init(documents: [[String]], vocabulary: Vocabulary? = nil, metadata: Metadata = Metadata()) {
        let vocabulary = vocabulary ?? Vocabulary(words: documents.flatMap { $0 })
        precondition(documents.allSatisfy { $0.allSatisfy { vocabulary.contains($0) && !vocabulary.isEnd($0) } },
                     "every word of a document is in the vocabulary and is not the end token")
        self.vocabulary = vocabulary
        self.documents = documents
        self.metadata = metadata
    }
}

extension Model {
    /// Counts the documents of `corpus`: for each word (and the end token after each
    /// document), one ball in the bin of the `contextLength` words before it.
    /// - Parameter startPadding: precede each document with end tokens, so the start
    ///   bin learns first words too.
    public init(counting corpus: Corpus, contextLength: Int = 1, startPadding: Bool = false) {
        precondition(contextLength >= 1, "a context has at least one word")
        let vocabulary = corpus.vocabulary
        var counter = NGramCounter(contextLength: contextLength, endID: UInt32(vocabulary.count - 1),
                                   startPadding: startPadding)
        for document in corpus.documents {
            for word in document { counter.word(UInt32(vocabulary.index(of: word)!)) }
            counter.endDocument()
        }
        counter.finish()
        self.init(vocabulary: vocabulary, metadata: corpus.metadata, counted: counter.table)
    }
}
