import Testing
import UnpluggedFigures
import UnpluggedModel

/// The bins figure of a model with hundreds of next words per context (prose.txt, the
/// opening of a novel): a bin names its likeliest words and pools the rest into grey
/// balls, and every bin's balls stay proportional to its count.
@Suite("Bins of a large model")
struct BinsOfALargeModelTests {
    static let corpus = try! LessonFixtures.fixture("prose.txt")
    static let model = Model(counting: corpus)

    static func bins(_ change: (inout FigureOptions) -> Void = { _ in }) throws -> Scene {
        var options = FigureOptions()
        change(&options)
        return try BinsFigure.figure(of: model, named: "bins", options: options, measurer: LessonFixtures.measurer).scene
    }

    /// A bin group's word balls' words, one per ball ("ball the" → "the").
    static func words(in bin: Group) -> [String] {
        bin.groups.filter { $0.name.hasPrefix("ball ") }.map { String($0.name.dropFirst("ball ".count)) }
    }

    /// The context of a bin group ("bin my father" → my father).
    static func context(of bin: Group) -> Context {
        Context(bin.name.dropFirst("bin ".count).split(separator: " ").map(String.init))
    }

    /// The `count` likeliest next words of a bin group's context, ties in vocabulary order.
    static func likeliest(_ count: Int, after bin: Group) -> [String] {
        let vocabulary = model.vocabulary
        return model.bin(for: context(of: bin)).counts
            .sorted { $0.count != $1.count ? $0.count > $1.count : vocabulary.index(of: $0.word)! < vocabulary.index(of: $1.word)! }
            .prefix(count).map(\.word)
    }

    /// How many grey "other" balls a bin group holds.
    static func others(in bin: Group) -> Int {
        bin.groups.count { $0.name == "other ball" }
    }

    /// The bin of `word` in `scene`.
    static func bin(_ word: String, in scene: Scene) throws -> Group {
        try #require(scene.group("bin \(word)"))
    }

    /// The words of the notes' "Symbols on balls: W = which, …" legend.
    static func legendWords(of scene: Scene) -> [String] {
        let notes = scene.group("notes")?.texts.map(\.text) ?? []
        guard let first = notes.firstIndex(where: { $0.hasPrefix("Symbols on balls:") }) else { return [] }
        let legend = notes[first...].joined(separator: " ").dropFirst("Symbols on balls:".count)
        return legend.split(separator: ",").map { entry in
            String(entry.split(separator: "=", maxSplits: 1)[1].trimmingPrefix(" "))
        }
    }

    @Test("a bin of many next words shows at most the limit of named words, and grey balls for the rest", arguments: [12, 3])
    func pooled(limit: Int) throws {
        let scene = try Self.bins { $0.topWords = limit }
        let the = try Self.bin("the", in: scene)
        #expect(Self.model.bin(for: Context(["the"])).counts.count > limit)
        #expect(Set(Self.words(in: the)).count <= limit)
        #expect(Self.others(in: the) > 0)
        for bin in scene.groups(prefixed: "bin ") {
            #expect(Set(Self.words(in: bin)).count <= limit, "\(bin.name)")
            #expect(Self.words(in: bin).count + Self.others(in: bin) == bin.balls.count,
                    "\(bin.name): every ball is a named word's or grey")
        }
        #expect(scene.group("notes")?.texts.contains { $0.text.hasPrefix("Grey balls: every other next word") } == true)
    }

    @Test("mixed balls: the named ones are mixed among themselves at the bottom, the grey pool settles on top of them")
    func greyOnTop() throws {
        let mixed = try Self.bins()
        let grouped = try Self.bins { $0.ballOrder = .grouped }
        let the = try Self.bin("the", in: mixed)
        let balls = the.groups.map(\.name).filter { $0.hasPrefix("ball ") || $0 == "other ball" }
        let firstGrey = try #require(balls.firstIndex(of: "other ball"))
        #expect(balls[firstGrey...].allSatisfy { $0 == "other ball" }, "no named ball above the grey pool")
        #expect(Self.words(in: the) != Self.words(in: try Self.bin("the", in: grouped)), "the named balls are mixed")
        #expect(Set(Self.words(in: the)) == Set(Self.words(in: try Self.bin("the", in: grouped))))
    }

    @Test("a bin's named balls are its likeliest next words, ties in vocabulary order, as the table's row names them")
    func likeliest() throws {
        let scene = try Self.bins { $0.topWords = 3 }
        for bin in scene.groups(prefixed: "bin ") {
            #expect(Set(Self.words(in: bin)).isSubset(of: Self.likeliest(3, after: bin)), "\(bin.name)")
        }
    }

    /// A model where "the" comes before 200 words, once each, and "but" 150 times before
    /// "so": too many balls for a bin, so a scale is needed, and "the" must still show more.
    static let rareAfterThe = Model(counting: try! DocumentsReader.read(
        InputText(name: "rare.txt", text: (0..<200).map { "the w\($0)" }.joined(separator: " ") + "\n"
            + Array(repeating: "but so", count: 150).joined(separator: " ") + "\n"),
        overrides: ReadingOverrides(tokens: .words, documents: .lines)))

    @Test("a bin with a larger count never shows fewer balls, under one scale", arguments: [false, true])
    func honestTotals(scaled: Bool) throws {
        let model = scaled ? Self.rareAfterThe : Self.model
        let scene = try BinsFigure.figure(of: model, named: "bins", options: FigureOptions(), measurer: LessonFixtures.measurer).scene
        let notes = scene.group("notes")?.texts.map(\.text) ?? []
        let scale = notes.first { $0.hasPrefix("Key: 1 ball = ") }
            .flatMap { Int($0.dropFirst("Key: 1 ball = ".count).prefix { $0.isNumber }) } ?? 1
        // Balls large enough to carry readable symbols on a slide hold fewer than the
        // prose's counts too: both models are shown under a scale.
        #expect(scale > 1)
        let shown = scene.groups(prefixed: "bin ").map { bin in
            (total: model.bin(for: Self.context(of: bin)).total, balls: bin.balls.count)
        }
        #expect(shown.count == 12)
        for bin in shown {
            // Its count over the scale, rounded half up; a bin with any count keeps a ball.
            #expect(bin.balls == (bin.total > 0 ? max(1, (bin.total + scale / 2) / scale) : 0), "\(bin)")
            for other in shown where other.total > bin.total {
                #expect(other.balls >= bin.balls, "\(other) beside \(bin)")
            }
        }
    }

    @Test("the legend lists only the named words' symbols")
    func legend() throws {
        let scene = try Self.bins()
        let legend = Self.legendWords(of: scene)
        let likeliest = Set(scene.groups(prefixed: "bin ").flatMap { Self.likeliest(12, after: $0) })
        let rare = Set(scene.groups(prefixed: "bin ").flatMap { bin in
            Self.model.bin(for: Self.context(of: bin)).counts.map(\.word)
        }).subtracting(likeliest)
        #expect(!legend.isEmpty)
        #expect(rare.count > 50, "the bins shown have many rarer next words, pooled")
        #expect(Set(legend).isSubset(of: likeliest))
        #expect(Set(legend).isSubset(of: Set(scene.groups(prefixed: "bin ").flatMap(Self.words))))
    }

    @Test("alt text counts each named word's balls and the other words' balls")
    func altText() throws {
        let description = try Self.bins { $0.topWords = 3 }.description
        let the = try #require(description.split(separator: ". ").first { $0.hasPrefix("The bin of \u{201C}the\u{201D} holds") })
        #expect(the.hasSuffix("of other words"))
        let numbers = the.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .punctuationCharacters)) }
        // "holds N balls: a x, b y, c z and w of other words": the parts add up to the whole.
        #expect(numbers.count == 5)
        #expect(numbers.dropFirst().reduce(0, +) == numbers[0])
    }

    @Test("grey balls take the theme's grey, apart from the bin's fill and every word's colour", arguments: [Theme.light, .dark])
    func grey(theme: Theme) throws {
        let scene = try Self.bins { $0.theme = theme }
        let fills = scene.groups(prefixed: "other ball").flatMap(\.leaves).compactMap { leaf -> Color? in
            if case .circle(_, _, let style) = leaf { style.fill } else { nil }
        }
        #expect(!fills.isEmpty && fills.allSatisfy { $0 == theme.otherBall })
        #expect(theme.otherBall != theme.binFill)
        #expect(!Self.model.vocabulary.words.contains { Color(Self.model.vocabulary.color(of: $0)) == theme.otherBall })
    }

    @Test("a model whose bins have few next words draws every word's balls, as many as its counts")
    func fewNextWords() throws {
        let model = Model(counting: try LessonFixtures.fixture("sentences.txt"))
        let scene = try BinsFigure.figure(of: model, named: "bins", options: FigureOptions(),
                                          measurer: LessonFixtures.measurer).scene
        #expect(scene.groups(prefixed: "other ball").isEmpty)
        #expect(scene.group("notes")?.texts.contains { $0.text.hasPrefix("Grey balls") } != true)
        for bin in scene.groups(prefixed: "bin ") {
            #expect(bin.balls.count == model.bin(for: Self.context(of: bin)).total, "\(bin.name)")
        }
    }
}
