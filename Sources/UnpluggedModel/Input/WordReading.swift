/// How a lesson reads text into words: the one reading its documents, its prompt, the
/// contexts a figure is asked to show and a text cut into tokens all share, so that
/// `--prompt Park` finds the "park" of a lower-cased corpus and `--prompt park.` the
/// "park" of a corpus whose full stops are dropped.
public struct WordReading: Sendable {
    let settings: ReadingSettings

    init(settings: ReadingSettings) {
        self.settings = settings
    }

    /// Words as they are written, split at white space only: a count table's, whose
    /// words were read as its header writes them.
    static func asWritten(endToken: String) -> WordReading {
        var settings = ReadingSettings(colourLessonWith: FrontMatter(), overrides: ReadingOverrides(tokens: .whitespace,
                                                                                                     lowercase: false))
        settings.end = endToken
        return WordReading(settings: settings)
    }

    /// The built-in lesson's reading: the colour lesson's.
    static func colourLesson(_ overrides: ReadingOverrides) -> WordReading {
        WordReading(settings: ReadingSettings(colourLessonWith: FrontMatter(), overrides: overrides))
    }

    /// The words of `text`, read as a document of the lesson is: cut, lower-cased and
    /// stripped of punctuation the same way. A line break only separates words here.
    /// - Parameter option: the option the text was given as, for errors.
    /// - Throws: `InputError` naming `option`, for text a documents file may not hold
    ///   (a NUL byte).
    public func words(of text: String, option: String) throws -> [String] {
        var bytes = Array(text.utf8)
        let count = bytes.count
        // The scanner reads 8 bytes from a word's start, as from a padded chunk.
        bytes.append(contentsOf: repeatElement(0, count: 8))
        var scanner = DocumentScanner(settings: settings)
        var words = CollectedWords()
        do {
            try bytes.withUnsafeBufferPointer { buffer in
                try scanner.scan(UnsafeBufferPointer(rebasing: buffer[..<count]), at: 0, into: &words)
                try scanner.finish(into: &words)
            }
        } catch let problem as LocatedProblem {
            throw InputError(option: option, problem: problem.problem, fix: problem.fix)
        }
        return words.words
    }
}

/// The words a scanner finds, in order, documents run together.
private struct CollectedWords: WordSink {
    var words: [String] = []

    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) throws {
        words.append(String(decoding: bytes, as: UTF8.self))
    }

    mutating func endDocument() throws {}
}
