extension Lesson {
    /// The same lesson with every word marked as `marks` say: its model's and its
    /// documents' vocabularies (`Vocabulary.marked(by:)`).
    public func marked(by marks: LessonMarks) -> Lesson {
        Lesson(source: source, model: model.marked(by: marks),
               corpus: corpus.map { Corpus(documents: $0.documents, vocabulary: $0.vocabulary.marked(by: marks), metadata: $0.metadata) },
               startPadding: startPadding, overrides: overrides, reading: reading)
    }

    /// The same lesson counted in `vocabulary`, which has every word of its own and
    /// may have more (the words of two halves together): a word it never saw is a
    /// word with no balls and no bin.
    public func counted(in vocabulary: Vocabulary) -> Lesson {
        Lesson(source: source, model: model.counted(in: vocabulary),
               corpus: corpus.map { Corpus(documents: $0.documents, vocabulary: vocabulary, metadata: $0.metadata) },
               startPadding: startPadding, overrides: overrides, reading: reading)
    }
}
