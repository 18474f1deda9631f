import UnpluggedModel

extension FigureOptions {
    /// The options with the prompt and the chosen contexts read as the lesson's text
    /// is (`Lesson.reading`): on a lower-cased corpus without punctuation `Park` and
    /// `park.` are its word "park", and `The cat` its context "the cat". Options are
    /// given before the input is read, so they are read here, once the lesson is.
    /// - Throws: `InputError` naming the option, for an item that has no word as read.
    public func read(as lesson: Lesson) throws -> FigureOptions {
        var options = self
        options.prompt = try prompt.flatMap { item in
            let words = try lesson.reading.words(of: item, option: "prompt")
            guard !words.isEmpty else { throw Self.noWords(in: item, option: "prompt", lesson: lesson) }
            return words
        }
        options.contexts = try contexts.map { context in
            let words = try lesson.reading.words(of: context.description, option: "contexts")
            guard !words.isEmpty else { throw Self.noWords(in: context.description, option: "contexts", lesson: lesson) }
            return Context(words)
        }
        return options
    }

    private static func noWords(in item: String, option: String, lesson: Lesson) -> InputError {
        InputError(option: option, problem: "`\(item)` has no word when read as \(lesson.name) is (punctuation is dropped)",
                   fix: SamplingError.unknownWord(item, vocabulary: lesson.vocabulary.promptWords).fix)
    }
}
