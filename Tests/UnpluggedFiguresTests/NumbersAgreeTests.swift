import Foundation
import PropertyBased
import Testing
import UnpluggedFigures
import UnpluggedModel

/// A teacher who finds one number on a slide that another slide contradicts stops
/// trusting all of them. So over random count rows (ties, rare words, more words than a
/// figure names), every kind that prints a chance prints the same number for the same
/// word after the same context: the table, the chances bars, the temperature column at
/// T = 1, the state diagram's arrows, and `unplugged table`'s own output.
@Suite("The same numbers in every figure")
struct NumbersAgreeTests {
    let measurer = LessonFixtures.measurer

    /// A model of `rows` (each a context word's counts of the next words, the end token
    /// last) over the words w0, w1, ….
    static func model(_ rows: [[Int]]) -> Model {
        let words = rows.indices.map { "w\($0)" }
        let vocabulary = Vocabulary(words: words, endToken: "<end>", order: .given)
        let bins = zip(words, rows).map { word, counts in
            Bin(context: Context([word]), counts: zip(vocabulary.words, counts).map { BallCount(word: $0, count: $1) })
        }
        return Model(vocabulary: vocabulary, contextLength: 1, bins: bins)
    }

    /// Counts of 0 to 4 for up to 14 words and the end, and how many words to keep.
    static let counts = Gen.int(in: 0...4).array(of: 15).array(of: 14)
    static let wordCount = Gen.int(in: 2...14)

    /// The first `words` rows and columns of `counts`, the end's column last: some
    /// figures name 12 words and pool the rest.
    static func rows(_ counts: [[Int]], words: Int) -> [[Int]] {
        counts.prefix(words).map { Array($0.prefix(words)) + [$0[14]] }
    }

    /// Each "“w3” 25%" of a text: word → the percentage written after (or before) it.
    static func numbers(in text: String, after: Bool) -> [String: String] {
        // A word in quotes, or the end token as alt text names it.
        let word = #"(“w\d+”|the end token|the end\b)"#, percent = #"([<>]?\d+%)"#
        let pattern = try! NSRegularExpression(pattern: after ? word + " " + percent : percent + " (?:to )?" + word)
        var found: [String: String] = [:]
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let groups = (1...2).map { String(text[Range(match.range(at: $0), in: text)!]) }
            let (name, value) = after ? (groups[0], groups[1]) : (groups[1], groups[0])
            found[name.hasPrefix("the end") ? "<end>" : String(name.dropFirst().dropLast())] = value
        }
        return found
    }

    /// The sentence of `description` about what follows `context` ("After “w1”: …").
    static func sentence(of description: String, startingWith opening: String) -> String? {
        description.components(separatedBy: ". ").first { $0.hasPrefix(opening) }
    }

    @Test("table, chances, temperature at T = 1 and the graph print one number per word and context; ties equal, seen never 0")
    func agree() async {
        await propertyCheck(count: 60, input: Self.counts, Self.wordCount) { counts, words in
            let rows = Self.rows(counts, words: words)
            let model = Self.model(rows)
            var options = FigureOptions()
            let table = try! TableFigure.figures(of: model, named: "t", options: options, measurer: measurer)[0].scene
            let graph = try! GraphFigure.figure(of: model, named: "g", options: options, measurer: measurer).scene
            let written = TableWriter(model: model, values: .percent).text().split(separator: "\n").map {
                $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            }
            for bin in model.bins where !bin.isEmpty {
                let name = bin.context.words[0]
                let truth = Dictionary(uniqueKeysWithValues: zip(bin.counts.map(\.word), bin.percentages.percents.map(\.text)))
                options.prompt = [name]
                options.temperatures = [1]
                let chances = try! ChancesFigure.figure(of: model, input: "i", named: "c", options: options, measurer: measurer)
                let temperature = try! TemperatureFigure.figure(of: model, input: "i", named: "t", options: options,
                                                                measurer: measurer)
                let printed = [
                    ("table", Self.numbers(in: Self.sentence(of: table.description, startingWith: "After “\(name)”:") ?? "", after: false)),
                    ("chances", Self.numbers(in: chances.scene.description, after: true)),
                    ("temperature", Self.numbers(in: temperature.scene.description, after: true)),
                    ("graph", Self.numbers(in: Self.sentence(of: graph.description, startingWith: "From “\(name)”:") ?? "", after: false)),
                ]
                for (kind, numbers) in printed {
                    // The table's alt text describes its first 12 rows; the graph may leave every arrow out.
                    let described = kind != "table" || model.bins.filter { !$0.isEmpty }.prefix(TableFigure.describedRows)
                        .contains(bin)
                    #expect(!numbers.isEmpty || kind == "graph" || !described, "\(kind) names no number after \(name): \(rows)")
                    for (word, value) in numbers {
                        #expect(truth[word] == value, "\(kind) after \(name): \(word) \(value), not \(truth[word] ?? "unseen")")
                    }
                }
                // `unplugged table` writes the same numbers, without the sign.
                let row = try #require(written.first { $0.first == name })
                for (word, percent) in zip(model.vocabulary.words, row.dropFirst()) where truth[word] != nil {
                    #expect(percent + "%" == truth[word])
                }
                for (ball, percent) in zip(bin.counts, bin.percentages.percents) {
                    #expect(percent.text != "0%", "a seen word shows 0 after \(name): \(rows)")
                    for (other, otherPercent) in zip(bin.counts, bin.percentages.percents) where other.count == ball.count {
                        #expect(percent == otherPercent)
                    }
                }
            }
        }
    }

    @Test("\"other\" is exactly what the named bars and cells leave of 100")
    func other() async {
        await propertyCheck(count: 60, input: Self.counts, Self.wordCount, Gen.int(in: 1...4)) { counts, words, top in
            let model = Self.model(Self.rows(counts, words: words))
            var options = FigureOptions()
            options.topWords = top
            for bin in model.bins where bin.counts.count > top {
                options.prompt = bin.context.words
                let chances = try! ChancesFigure.figure(of: model, input: "i", named: "c", options: options, measurer: measurer)
                let values = chances.scene.groups(prefixed: "bar ").map { $0.texts.last!.text }
                let wholes = values.map { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "<>%"))) ?? 0 }
                let other = try #require(values.last)
                #expect(wholes.reduce(0, +) == 100 || (other == "<1%" && wholes.reduce(0, +) == 100), "\(values)")
            }
        }
    }
}
