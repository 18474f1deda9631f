import Testing
import UnpluggedModel

/// Whether `value` is within `ulps` units in the last place of `expected`.
private func close(_ value: Double, _ expected: Double, ulps: Double = 8) -> Bool {
    abs(value - expected) <= ulps * expected.ulp
}

@Suite("Scoring a document: the chances of the balls drawn to write it")
struct DocumentScoreTests {
    let lesson = BuiltInLesson.pretrained

    func score(_ text: String, _ model: Model? = nil, padded: Bool = false) -> DocumentScore {
        DocumentScore(document: text.split(separator: " ").map(String.init), model: model ?? lesson, startPadding: padded)
    }

    @Test("the training document under init.csv, step by step from its counts")
    func trainingDocument() {
        // init.csv, every row adding up to 10:
        //   green → blue   2 of 10   (row green: 2,2,2,3,1)
        //   blue → purple  1 of 10   (row blue: 1,1,4,2,2)
        //   purple → blue  3 of 10   (row purple: 1,3,1,3,2)
        //   blue → pink    2 of 10
        //   pink → white   3 of 10   (row pink: 4,1,1,1,3)
        // 2 × 1 × 3 × 2 × 3 / 10⁵ = 36 / 100,000.
        let score = score("green blue purple blue pink")
        #expect(score.steps.map(\.chance) == [Fraction(2, 10), Fraction(1, 10), Fraction(3, 10), Fraction(2, 10), Fraction(3, 10)])
        #expect(score.steps.map(\.context.description) == ["green", "blue", "purple", "blue", "pink"])
        #expect(score.steps.last?.word == "white")
        #expect(score.words == 5 && score.isPossible)
        #expect(score.probability == 0.000_36)
        // log2(36 / 100,000) = log2 36 − 5 log2 10 = −11.4397154729944994…
        #expect(close(score.log2Probability, -11.439_715_472_994_499_4))
        // (100,000 / 36)^(1/5) = 4.8835934193058693…
        #expect(close(score.perplexity, 4.883_593_419_305_869_3))
    }

    @Test("two more documents: 3·4·3·3 / 10⁴, and one word then the end, 2 / 10")
    func otherDocuments() {
        // purple → blue 3, blue → green 4, green → pink 3, pink → white 3 (of 10 each).
        let four = score("purple blue green pink")
        #expect(four.probability == 0.0108)
        #expect(close(four.log2Probability, -6.532_824_877_385_980_8))
        // blue → white: 2 of 10, one step: perplexity 5.
        let one = score("blue")
        #expect(one.probability == 0.2 && one.steps.count == 1)
        #expect(close(one.perplexity, 5))
    }

    @Test("a step never seen in training: the model could not have written the document")
    func impossible() {
        let score = score("green orange blue")
        #expect(score.steps.map(\.count) == [0, 0, 2])
        #expect(score.steps[1].total == 0 && score.steps[1].chance == nil)
        #expect(!score.isPossible && score.probability == 0)
        #expect(score.log2Probability == -.infinity && score.perplexity == .infinity)
    }

    @Test("start padding draws the first word from the start bin too")
    func startPadding() {
        // Counted with padding: white → green 1, white → blue 1; blue → white 1, blue → pink 1; pink → white 1.
        let corpus = Corpus(documents: [["green", "blue"], ["blue", "pink"]])
        let padded = Model(counting: corpus, startPadding: true)
        // white → blue 1/2, blue → pink 1/2, pink → white 1: a quarter, 2 bits over 3 steps.
        let score = score("blue pink", padded, padded: true)
        #expect(score.steps.first?.context == padded.startContext)
        #expect(score.probability == 0.25 && score.log2Probability == -2)
        #expect(close(score.perplexity, 1.587_401_051_968_199_474_751_705))
        // Without padding the first word is given: blue → pink 1/2, pink → white 1.
        let unpadded = self.score("blue pink", padded)
        #expect(unpadded.probability == 0.5 && unpadded.log2Probability == -1)
        #expect(close(unpadded.perplexity, 1.414_213_562_373_095_048_801_688))
    }

    @Test("context 2: pairs of words; a document shorter than the context cannot be written")
    func contextTwo() {
        // green blue → pink 1, green 1; blue pink → white 1; blue green → white 1.
        let corpus = Corpus(documents: [["green", "blue", "pink"], ["green", "blue", "green"]])
        let model = Model(counting: corpus, contextLength: 2)
        let score = score("green blue pink", model)
        #expect(score.steps.map(\.context.description) == ["green blue", "blue pink"])
        #expect(score.probability == 0.5 && score.log2Probability == -1)
        #expect(close(score.perplexity, 1.414_213_562_373_095_048_801_688))
        let short = self.score("green", model)
        #expect(short.steps.isEmpty && !short.isPossible && short.perplexity == .infinity)
        // With padding it has a first context: white white → green 2 of 2; then white green → white never (both balls blue).
        let padded = Model(counting: corpus, contextLength: 2, startPadding: true)
        #expect(self.score("green", padded, padded: true).steps.map(\.count) == [2, 0])
    }

    @Test("the summary: the share the model could have written, and their mean perplexity")
    func summary() {
        var summary = ScoreSummary()
        #expect(summary.possibleShare == nil && summary.meanPerplexity == nil)
        for text in ["blue", "green orange", "blue blue"] { summary.add(score(text)) }
        // blue: perplexity 5; blue blue: 1/10 × 2/10 = 1/50, perplexity √50.
        #expect(summary.documents == 3 && summary.possibleDocuments == 2 && summary.words == 5)
        #expect(summary.possibleShare == 2.0 / 3)
        #expect(close(summary.meanPerplexity!, (5 + 7.071_067_811_865_475_244_008_444) / 2))
    }
}

@Suite("Why a model could not have written a document")
struct ImpossibilityTests {
    /// One half of a class's sentences, counted.
    static let half = Model(counting: Corpus(documents: [["my", "sister", "went", "to", "the", "park"],
                                                         ["the", "dog", "ran", "home"]]))

    @Test("a word never seen is named first; else the first word never seen after its context; else a missing end")
    func reasons() {
        let score = { (words: String) in
            DocumentScore(document: words.split(separator: " ").map(String.init), model: ImpossibilityTests.half, startPadding: false)
        }
        #expect(score("the dog went to sleep").impossibility == .unseenWord("sleep"))
        #expect(score("the dog went to sleep").impossibility?.description == "never saw 'sleep'")
        #expect(score("my sister went to the home").impossibility?.description == "never saw 'home' after 'the'")
        #expect(score("the dog ran to the park").impossibility?.description == "never saw 'to' after 'ran'")
        #expect(score("my sister went to the").impossibility?.description == "never saw a document end after 'the'")
        #expect(score("the dog ran home").impossibility == nil)
        let pairs = Model(counting: Corpus(documents: [["a", "b", "c"]]), contextLength: 2)
        #expect(DocumentScore(document: ["a"], model: pairs, startPadding: false).impossibility?.description
            == "shorter than a context of 2 words")
    }
}

@Suite("Rounding to significant digits, on Swift's shortest decimal")
struct SignificantDigitsTests {
    @Test("rounds half away from zero, carries, and leaves short numbers, zero and infinities alone")
    func rounding() {
        #expect(4.999_999_999_999_999.rounded(significantDigits: 6) == 5)
        #expect(4.883_593_419_305_867.rounded(significantDigits: 6) == 4.883_59)
        #expect((-11.439_715_472_994_498).rounded(significantDigits: 6) == -11.4397)
        #expect(0.000_36.rounded(significantDigits: 6) == 0.000_36)
        #expect(1.152_345_5e-5.rounded(significantDigits: 6) == 1.152_35e-5)
        #expect(999_999.7.rounded(significantDigits: 6) == 1_000_000)
        #expect(123_456_789.0.rounded(significantDigits: 3) == 123_000_000)
        #expect(0.25.rounded(significantDigits: 1) == 0.3)
        #expect(0.0.rounded(significantDigits: 6) == 0 && Double.infinity.rounded(significantDigits: 6) == .infinity)
        #expect((-Double.infinity).rounded(significantDigits: 6) == -.infinity)
    }
}
