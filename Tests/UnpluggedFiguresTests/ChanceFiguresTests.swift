import Testing
@testable import UnpluggedFigures
import UnpluggedModel

/// The chances figure's bars come likeliest first and add up to 100, "other" holding
/// what `top` leaves out; the temperature figure's columns and bins follow their
/// temperatures; a prompt the model cannot answer is the prompt option's mistake.
@Suite("Chances and temperature figures")
struct ChanceFiguresTests {
    let measurer = LessonFixtures.measurer
    let model = BuiltInLesson.pretrained

    func options(prompt: [String], top: Int = 12) -> FigureOptions {
        var options = FigureOptions()
        options.prompt = prompt
        options.topWords = top
        return options
    }

    /// Each bar's name ("bar green", "bar other") and its percentage.
    func bars(in group: some Sequence<Group>) -> [(name: String, percent: Int)] {
        group.map { bar in
            let value = bar.texts.last!.text
            return (String(bar.name.dropFirst("bar ".count)), Int(value.dropLast())!)
        }
    }

    @Test("bars are sorted, likeliest first, and add up to 100")
    func sorted() throws {
        let figure = try ChancesFigure.figure(of: model, input: "test", named: "chances", options: options(prompt: ["blue"]),
                                              measurer: measurer)
        let shown = bars(in: figure.scene.groups(prefixed: "bar "))
        #expect(shown.map(\.name) == ["green", "pink", "white", "purple", "blue"])
        #expect(shown.map(\.percent) == [40, 20, 20, 10, 10])
        #expect(figure.scene.description == "After blue: green 40%, pink 20%, the end token 20%, purple 10% and blue 10%.")
    }

    @Test("the likeliest top k, and other for the rest")
    func topAndOther() throws {
        let figure = try ChancesFigure.figure(of: model, input: "test", named: "chances",
                                              options: options(prompt: ["blue"], top: 2), measurer: measurer)
        let shown = bars(in: figure.scene.groups(prefixed: "bar "))
        #expect(shown.map(\.name) == ["green", "pink", "other"])
        #expect(shown.map(\.percent) == [40, 20, 40])
        #expect(figure.scene.groups.flatMap(\.texts).contains { $0.text.contains("the 3 less likely next words") })
    }

    @Test("every bin's bars add up to 100 in a large vocabulary", arguments: ["the", "sat", "on"])
    func prose(word: String) throws {
        let figure = try ChancesFigure.figure(of: Model(counting: LessonFixtures.prose), input: "test", named: "chances",
                                              options: options(prompt: [word], top: 2), measurer: measurer)
        let shown = bars(in: figure.scene.groups(prefixed: "bar "))
        #expect(shown.map(\.percent).reduce(0, +) == 100)
        let named = shown.filter { $0.name != "other" }.map(\.percent)
        #expect(named == named.sorted(by: >))
    }

    @Test("with no prompt: the first context with balls, or the start context of a padded model")
    func noPrompt() throws {
        let lesson = try ChancesFigure.figure(of: model, input: "test", named: "c", options: options(prompt: []), measurer: measurer)
        #expect(lesson.scene.title == "Next-word chances after purple")
        let padded = Model(counting: LessonFixtures.prose, startPadding: true)
        let start = try ChancesFigure.figure(of: padded, input: "test", named: "c", options: options(prompt: []), measurer: measurer)
        #expect(start.scene.title == "Next-word chances after the end token")
    }

    @Test("a prompt word the model lacks, or a context never seen, is the prompt option's mistake")
    func badPrompt() throws {
        let lesson = try Lesson.load(nil)
        for prompt in [["purpel"], ["white"]] {
            for kind in [FigureKind.chances, .temperature] {
                let request = FigureRequest(kind: kind, options: options(prompt: prompt))
                #expect { try request.figures(of: lesson, measurer: measurer) } throws: { error in
                    (error as? InputError)?.place == .option("prompt")
                }
            }
        }
    }

    @Test("temperature: a column per temperature, T = 0 the likeliest alone, T = 1 the model's percentages")
    func temperature() throws {
        var options = options(prompt: ["blue"])
        options.temperatures = [0, 1, 2]
        let figure = try TemperatureFigure.figure(of: model, input: "test", named: "t", options: options, measurer: measurer)
        let columns = figure.scene.groups(prefixed: "column ")
        #expect(columns.map(\.name) == ["column T = 0", "column T = 1", "column T = 2"])
        let percents = columns.map { column in bars(in: column.groups.filter { $0.name.hasPrefix("bar ") }) }
        #expect(percents[0].map(\.percent) == [100, 0, 0, 0, 0])
        #expect(percents[1].map(\.percent) == [40, 20, 20, 10, 10])
        let notes = figure.scene.group("notes")?.texts.map(\.text) ?? []
        for column in percents {
            #expect(column.map(\.name) == ["green", "pink", "white", "purple", "blue"])
            let sum = column.map(\.percent).reduce(0, +)
            // pink and white tie: at T = 2 they keep equal numbers, and the row says it adds up to 99.
            #expect(sum == 100 || notes.contains("Percentages add up to \(sum)%: equal counts show equal percentages."))
        }
        #expect(percents[2].map(\.percent) == [29, 21, 21, 14, 14])
        let bins = figure.scene.groups(prefixed: "bin ")
        #expect(bins.count == 3)
        // 20 balls shared out, as the percentages: T = 1's are the counts doubled.
        #expect(bins.map(\.balls.count) == [20, 20, 20])
        #expect(notes.first == "Each bin: 20 balls, one for every 5% of chance.")
        #expect(notes.contains("Percentages add up to 99%: equal counts show equal percentages."))
    }

    @Test("a bin of many next words gets 100 balls, one a percent, so unequal counts differ at every temperature")
    func manyWords() throws {
        // After "the", seven next words of a class's counts: 4, 4, 2, 2, 1, 1, 1.
        let words = ["the", "cat", "dog", "park", "mat", "sun", "tree", "rug"]
        let vocabulary = Vocabulary(words: words, endToken: "<end>", order: .given)
        let counts = zip(words.dropFirst(), [4, 4, 2, 2, 1, 1, 1]).map { BallCount(word: $0, count: $1) }
        let model = Model(vocabulary: vocabulary, contextLength: 1, bins: [Bin(context: Context(["the"]), counts: counts)])
        let bin = model.bin(for: Context(["the"]))
        var options = options(prompt: ["the"])
        options.temperatures = [0.5, 1, 2]
        #expect(bin.counts.count > TemperatureFigure.fewWords)
        let figure = try TemperatureFigure.figure(of: model, input: "test", named: "t", options: options, measurer: measurer)
        let bins = figure.scene.groups(prefixed: "bin ")
        let likeliest = bin.likeliest(1, in: model.vocabulary)[0].word
        let likeliestBalls = bins.map { $0.groups.count { $0.name == "ball \(likeliest)" } }
        #expect(likeliestBalls[0] > likeliestBalls[1] && likeliestBalls[1] > likeliestBalls[2], "\(likeliestBalls)")
        #expect(bins.allSatisfy { (95...100).contains($0.balls.count) })
        #expect(figure.scene.group("notes")?.texts.first?.text.hasPrefix("Each bin: ") == true)
        #expect(figure.scene.group("notes")?.texts.first?.text.contains("one for every percent of chance") == true)
    }

    @Test("a bin of many words seen once still holds all its 100 balls: grey for the rest, the named words' balls their bars")
    func manyRareWords() throws {
        let words = ["the", "cat"] + (0..<150).map { "w\($0)" }
        let vocabulary = Vocabulary(words: words, endToken: "<end>", order: .given)
        let counts = [BallCount(word: "cat", count: 6)] + words.dropFirst(2).map { BallCount(word: $0, count: 1) }
        let model = Model(vocabulary: vocabulary, contextLength: 1, bins: [Bin(context: Context(["the"]), counts: counts)])
        var options = options(prompt: ["the"])
        options.temperatures = [0.5, 1, 2]
        let figure = try TemperatureFigure.figure(of: model, input: "test", named: "t", options: options, measurer: measurer)
        for column in figure.scene.groups(prefixed: "column ") {
            let bin = try #require(column.groups.first { $0.name.hasPrefix("bin ") })
            #expect(bin.balls.count == 100, "\(column.name)")
            let bar = bars(in: column.groups.filter { $0.name == "bar cat" })
            #expect(bin.groups.count { $0.name == "ball cat" } == bar.first?.percent, "\(column.name)")
        }
    }
}

