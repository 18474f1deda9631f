import Testing
import UnpluggedFigures
import UnpluggedModel

/// The bins figure of a teacher's corpus shows its counts as the table does: a class's
/// sentences fit one ball a count on the slide (taller or wider-bottomed bins where the
/// reference's square ones are too small for readable balls); only a model too large
/// for that is scaled, and even then no bin with a count is drawn empty and a word
/// rounded away is named.
@Suite("Bins hold their counts")
struct BinsHoldCountsTests {
    static let corpora: [(name: String, file: String, context: Int)] = [
        ("class", "class.txt", 1),
        ("sentences", "sentences.txt", 1),
        ("class, lower case", "class-lower.txt", 1),
        ("names by letter", "names.txt", 1),
        ("class, context two", "class.txt", 2),
    ]

    static func bins(of file: String, context: Int = 1) throws -> (model: Model, scene: Scene) {
        let model = Model(counting: try LessonFixtures.fixture(file), contextLength: context)
        let figure = try BinsFigure.figure(of: model, named: "bins", options: FigureOptions(), measurer: LessonFixtures.measurer)
        return (model, figure.scene)
    }

    /// Each bin group's balls by word ("other" for a grey one), and its context.
    static func shown(in scene: Scene) -> [(context: Context, balls: [String: Int])] {
        scene.groups(prefixed: "bin ").map { bin in
            var balls: [String: Int] = [:]
            for group in bin.groups {
                if group.name.hasPrefix("ball ") { balls[String(group.name.dropFirst("ball ".count)), default: 0] += 1 }
                if group.name == "other ball" { balls["other", default: 0] += 1 }
            }
            return (BinsOfALargeModelTests.context(of: bin), balls)
        }
    }

    @Test("a teacher's corpus is drawn one ball a count, each bin as the table counts it", arguments: 0..<5)
    func oneBallACount(corpus: Int) throws {
        let (name, file, context) = Self.corpora[corpus]
        let (model, scene) = try Self.bins(of: file, context: context)
        #expect(!scene.description.contains("Each ball stands for"), "\(name)")
        #expect(scene.group("notes")?.texts.contains { $0.text.hasPrefix("Key: 1 ball") } != true, "\(name)")
        let shown = Self.shown(in: scene)
        #expect(!shown.isEmpty)
        for (context, balls) in shown {
            let counts = Dictionary(uniqueKeysWithValues: model.bin(for: context).counts.map { ($0.word, $0.count) })
            #expect(balls == counts, "\(name): the bin of \(context.words)")
        }
    }

    @Test("the class's fullest bin shows all 12 balls, and its bin of “happy” its one")
    func classBins() throws {
        let (_, scene) = try Self.bins(of: "class.txt")
        let shown = Dictionary(uniqueKeysWithValues: Self.shown(in: scene).map { ($0.context.words.joined(separator: " "), $0.balls) })
        #expect(shown.count == 23)
        #expect(shown["the"] == ["park": 4, "beach": 3, "dog": 2, "sun": 2, "school": 1])
        #expect(shown["my"] == ["sister": 3, "dog": 2, "brother": 1])
        #expect(shown["happy"]?.values.reduce(0, +) == 1)
        #expect(!scene.description.contains("holds no balls"))
    }

    @Test("generation's bins of the class hold one ball a count too")
    func generation() throws {
        let model = Model(counting: try LessonFixtures.fixture("class.txt"))
        let frames = try GenerationFigure.figures(of: model, input: "test", named: "generation", options: FigureOptions(),
                                                  measurer: LessonFixtures.measurer)
        #expect(!frames.isEmpty)
        for frame in frames {
            #expect(frame.scene.group("notes")?.texts.contains { $0.text.hasPrefix("Key: 1 ball") } != true, "\(frame.name)")
            for (context, balls) in Self.shown(in: frame.scene) {
                let counts = Dictionary(uniqueKeysWithValues: model.bin(for: context).counts.map { ($0.word, $0.count) })
                #expect(balls == counts, "\(frame.name): the bin of \(context.words)")
            }
        }
    }

    @Test("a scaled model draws no bin with a count empty, and names the words its scale rounds away")
    func scaledProse() throws {
        let (model, scene) = try Self.bins(of: "prose.txt")
        #expect(scene.description.contains("Each ball stands for"), "prose is too large for one ball a count")
        let shown = Self.shown(in: scene)
        for (context, balls) in shown where model.bin(for: context).total > 0 {
            #expect(balls.values.reduce(0, +) > 0, "the bin of \(context.words)")
        }
        #expect(!scene.description.contains("holds no balls"))
        // A bin's likeliest words that have no ball are said to be too rare for one.
        let alt = try #require(scene.description.split(separator: ". ").first { $0.hasPrefix("The bin of “the” holds") })
        let the = try #require(shown.first { $0.context.words == ["the"] })
        let named = BinsOfALargeModelTests.likeliest(FigureOptions().topWords, after: try #require(scene.group("bin the")))
        let missing = named.filter { the.balls[$0] == nil }
        #expect(!missing.isEmpty, "1 ball = several counts rounds some of the likeliest words away")
        for word in missing { #expect(alt.contains("“\(word)”") && alt.contains("too rare for a ball"), "\(word): \(alt)") }
        #expect(scene.group("notes")?.texts.contains { $0.text.hasPrefix("Some rarer words have no ball at this scale") } == true)
    }
}
