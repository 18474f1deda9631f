import Testing
@testable import UnpluggedFigures
import UnpluggedModel

@Suite("Bins, generation, table and graph figures")
struct ModelFiguresTests {
    let measurer = LessonFixtures.measurer

    func bins(_ model: Model, options: FigureOptions = FigureOptions()) throws -> Scene {
        try BinsFigure.figure(of: model, named: "trained-model", options: options, measurer: measurer).scene
    }

    @Test("the pretrained model: four bins of ten balls, each ball a count")
    func pretrainedBins() throws {
        let scene = try bins(BuiltInLesson.pretrained)
        let drawn = scene.groups(prefixed: "bin ")
        #expect(drawn.map(\.name) == ["bin purple", "bin blue", "bin green", "bin pink"])
        #expect(drawn.map(\.balls.count) == [10, 10, 10, 10])
        #expect(!scene.dump().contains("Key:"))
        #expect(scene.description.contains("The purple bin holds 10 balls: 1 purple, 3 blue, 1 green, 3 pink and 2 the end token."))
    }

    @Test("context 2: sixteen bins, each labelled with two stickies, every count a ball")
    func contextTwoBins() throws {
        let scene = try bins(LessonFixtures.contextTwo)
        let drawn = scene.groups(prefixed: "bin ")
        #expect(drawn.count == 16)
        #expect(drawn.allSatisfy { $0.groups(prefixedWith: "sticky ").count == 2 })
        #expect(drawn.map(\.balls.count) == LessonFixtures.contextTwo.bins.map(\.total))
    }

    @Test("balls shrink before counts are scaled; then the key states the scale")
    func honestScale() throws {
        let small = try bins(BuiltInLesson.pretrained)
        let scaledUp = Model(vocabulary: BuiltInLesson.vocabulary, contextLength: 1, bins: BuiltInLesson.pretrained.bins.map { bin in
            Bin(context: bin.context, counts: bin.counts.map { BallCount(word: $0.word, count: $0.count * 100) })
        })
        let big = try bins(scaledUp)
        let radius = { (scene: Scene) in scene.groups(prefixed: "bin ").first!.balls.first!.radius }
        #expect(radius(big) < radius(small))
        let key = try #require(big.groups.first { $0.name == "notes" }?.texts.first?.text)
        let perBall = try #require(Int(key.replacingOccurrences(of: "Key: 1 ball = ", with: "").replacingOccurrences(of: " counts", with: "")))
        // Every bin's thousand counts become about 1000 / perBall balls.
        for bin in big.groups(prefixed: "bin ") {
            #expect(abs(bin.balls.count - 1000 / perBall) <= 5, "\(bin.name)")
        }
    }

    @Test("mixed balls follow the seed; grouped balls come word by word")
    func ballOrder() throws {
        var options = FigureOptions()
        let first = try bins(BuiltInLesson.pretrained, options: options)
        #expect(try bins(BuiltInLesson.pretrained, options: options) == first)
        options.seed = 2
        #expect(try bins(BuiltInLesson.pretrained, options: options) != first)
        options.ballOrder = .grouped
        let grouped = try bins(BuiltInLesson.pretrained, options: options)
        let colours = grouped.group("bin purple")!.leaves.compactMap { node -> String? in
            if case .circle(_, _, let style) = node { style.fill?.hex } else { nil }
        }
        // 1 purple, 3 blue, 1 green, 3 pink, 2 white, bottom row first.
        #expect(colours == ["#8e7cc3", "#4a86e8", "#4a86e8", "#4a86e8", "#00ff00", "#ff00ff", "#ff00ff", "#ff00ff", "#ffffff", "#ffffff"])
    }

    @Test("an empty bin looks empty; one that generation can reach is dashed as a dead end")
    func emptyAndDeadEnd() throws {
        let model = Model(vocabulary: BuiltInLesson.vocabulary, contextLength: 1,
                          bins: [Bin(context: Context(["green"]), counts: [BallCount(word: "blue", count: 2)])])
        let scene = try bins(model)
        #expect(scene.group("bin purple")?.balls.isEmpty == true)
        #expect(scene.group("bin blue")?.balls.isEmpty == true)
        let dump = scene.dump()
        #expect(dump.components(separatedBy: "dash").count - 1 == 1, "only the blue bin is dashed")
        #expect(scene.description.contains("The blue bin holds no balls, a dead end."))
    }

    @Test("generation: the prompt first, then one frame a draw, to the end token; the same seed, the same frames")
    func generation() throws {
        var options = FigureOptions()
        options.prompt = ["blue"]
        let frames = try GenerationFigure.figures(of: BuiltInLesson.pretrained, input: "test", named: "generation-demo",
                                                  options: options, measurer: measurer)
        #expect(frames.first?.scene.description == "Generation starts from the prompt blue.")
        #expect(frames.first?.scene.groups(prefixed: "new ball").isEmpty == true)
        for frame in frames.dropFirst() {
            #expect(frame.scene.groups(prefixed: "new ball").count == 1)
            #expect(frame.scene.focusedBins.count == 1)
        }
        #expect(frames.last?.scene.description.contains("so the document ends") == true)
        let again = try GenerationFigure.figures(of: BuiltInLesson.pretrained, input: "test", named: "generation-demo",
                                                 options: options, measurer: measurer)
        #expect(again == frames)
        // The sampler with the same seed writes the same document.
        var generator = SplitMix64(seed: options.seed)
        let trace = try Sampler(model: BuiltInLesson.pretrained, maximumLength: options.maximumLength)
            .generate(prompt: ["blue"], using: &generator)
        #expect(frames.count == trace.draws.count + 1)
    }

    @Test("generation from a word the model does not know is the prompt option's mistake")
    func unknownPrompt() {
        var options = FigureOptions()
        options.prompt = ["orange"]
        let error = #expect(throws: InputError.self) {
            try GenerationFigure.figures(of: BuiltInLesson.pretrained, input: "init.csv", named: "g", options: options,
                                         measurer: measurer)
        }
        #expect(error?.place == .option("prompt"))
        #expect(error?.problem == "the prompt word `orange` is not in the model's vocabulary")
    }

    @Test("table cells: percentages as every figure rounds them; fractions and counts as asked")
    func tableValues() {
        func texts(_ counts: [Int], _ values: FigureOptions.TableValues, zeros: Bool = false) -> [String] {
            let percents = Percentages(counts).percents
            return TableFigure.cellTexts(zip(counts, percents).map { TableColumns.Cell(word: nil, count: $0, percent: $1) },
                                         values: values, zeros: zeros)
        }
        #expect(texts([1, 3, 1, 3, 2], .percent) == ["10%", "30%", "10%", "30%", "20%"])
        #expect(texts([1, 1, 1], .percent) == ["33%", "33%", "33%"])
        #expect(texts([1, 3], .fraction) == ["1/4", "3/4"])
        #expect(texts([1, 3], .counts) == ["1", "3"])
        #expect(texts([2, 0, 2], .percent) == ["50%", "", "50%"])
        #expect(texts([2, 0, 2], .percent, zeros: true) == ["50%", "0%", "50%"])
        #expect(texts([1, 0, 300], .percent) == ["<1%", "", ">99%"])
        #expect(texts([0, 0], .percent) == ["", ""])
        #expect(texts([0, 0], .percent, zeros: true) == ["\u{2013}", "\u{2013}"])
    }

    @Test("the graph: an arrow per next word, thicker when likelier, loops included")
    func graph() throws {
        let scene = try GraphFigure.figure(of: BuiltInLesson.pretrained, named: "graph", options: FigureOptions(),
                                       measurer: measurer).scene
        let arrows = scene.groups(prefixed: "arrow ")
        #expect(arrows.count == 20)
        let width = { (name: String) in scene.group(name)?.edgeWidth ?? 0 }
        #expect(width("arrow pink 40%") > width("arrow pink 10%"))
        #expect(scene.group("chances")!.texts.map(\.text).sorted().first == "10%")
        #expect(scene.description.contains("From purple: 10% to itself, 30% to blue, 10% to green, 30% to pink and 20% to the end."))
    }
}

extension Group {
    func groups(prefixedWith prefix: String) -> [Group] {
        groups.filter { $0.name.hasPrefix(prefix) }
    }
}
