import UnpluggedFigures
import UnpluggedModel

/// One marking of every word a manifest's figures draw (`LessonMarks`), so a word has
/// one colour and symbol in every figure of a build, the two halves of a room
/// included: the words of each input its figures use, in the inputs' declared order
/// (an input read two ways, by each reading in the order of the figures), then the
/// built-in lesson's when a figure draws it.
public struct ManifestMarks: Sendable {
    public let marks: LessonMarks
    /// Each input's vocabulary, by its path (nil: the built-in lesson) and reading.
    private let vocabularies: [String: Vocabulary]

    /// Reads every input the manifest's figures use (their words only, each input once
    /// per reading).
    /// - Throws: `InputError` at the input, or at the option of the first figure whose
    ///   reading of it fails.
    public init(of manifest: Manifest) throws {
        var ordered: [Vocabulary] = []
        var vocabularies: [String: Vocabulary] = [:]
        func add(_ path: String?, _ entry: Manifest.Entry) throws {
            let key = ManifestMarks.key(path, entry)
            guard vocabularies[key] == nil else { return }
            do {
                let vocabulary = try Lesson.load(path, reading: InputReading(overrides: entry.settings.reading.overrides)).vocabulary
                vocabularies[key] = vocabulary
                ordered.append(vocabulary)
            } catch let error as InputError {
                throw entry.placed(error)
            }
        }
        for input in manifest.inputs {
            for entry in manifest.figures {
                if entry.input == input.name { try add(entry.inputPath, entry) }
                if entry.comparedWith == input.name { try add(entry.comparedWithPath, entry) }
            }
        }
        for entry in manifest.figures where entry.input == nil { try add(nil, entry) }
        marks = LessonMarks(of: ordered)
        self.vocabularies = vocabularies
    }

    /// The marks of the words an entry draws, as text for its key in the build record:
    /// a new word in another input that leaves them as they were draws nothing again.
    func key(of entry: Manifest.Entry) -> String {
        let paths = [entry.inputPath] + (entry.comparedWithPath.map { [$0] } ?? [])
        return paths.compactMap { vocabularies[ManifestMarks.key($0, entry)]?.marked(by: marks) }.map { vocabulary in
            vocabulary.words.map { "\($0) \(vocabulary.color(of: $0)) \(vocabulary.symbol(of: $0))" }.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    private static func key(_ path: String?, _ entry: Manifest.Entry) -> String {
        "\(path ?? "")\u{0}\(entry.settings.reading.overrides)"
    }
}
