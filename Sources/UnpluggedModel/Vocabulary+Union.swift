extension Vocabulary {
    /// The words of both vocabularies, this one's first, then the other's new ones, the
    /// end token last (a character-level pair in alphabetical order, as each is): the
    /// one order two halves of a room are compared in. Marked as this one is, with the
    /// other's new words marked after its own.
    /// - Precondition: both have the same end token.
    public func union(_ other: Vocabulary) -> Vocabulary {
        precondition(endToken == other.endToken, "two vocabularies joined have the same end token")
        let union = Vocabulary(words: words.dropLast() + other.words.dropLast(), endToken: endToken)
        return union.marked(by: marks.including(other.words.dropLast(), chosen: other.marks.chosen))
    }
}
