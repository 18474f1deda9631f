import PropertyBased
import Testing
import UnpluggedModel

/// Temperature reshapes a bin's chances: 1 leaves them as counted, towards 0 the
/// likeliest word takes over, above 1 they flatten; the balls always fill the bin.
@Suite("Tempered chances")
struct TemperedChancesTests {
    /// The lesson's blue bin: 1 purple, 1 blue, 4 green, 2 pink, 2 white.
    let blue = BuiltInLesson.pretrained.bin(for: Context(["blue"]))

    @Test("T = 1 gives the model's own percentages and balls")
    func one() {
        let chances = TemperedChances(bin: blue, temperature: 1)
        let counts = blue.counts.map(\.count)
        #expect(chances.percentages == blue.percentages)
        #expect(chances.balls(capacity: blue.total) == counts)
    }

    @Test("T = 0 and T near 0 pick the likeliest word alone", arguments: [0, 0.01, 0.05])
    func nearZero(temperature: Double) {
        let chances = TemperedChances(bin: blue, temperature: temperature)
        let green = chances.words.firstIndex(of: "green")!
        #expect(chances.percentages.wholes[green] == 100)
        #expect(chances.balls(capacity: blue.total)[green] == blue.total)
    }

    @Test("T = 0 breaks a tie for the first word in vocabulary order")
    func tie() {
        let bin = BuiltInLesson.pretrained.bin(for: Context(["purple"]))  // blue 3, pink 3
        let chances = TemperedChances(bin: bin, temperature: 0)
        #expect(zip(chances.words, chances.percentages.wholes).filter { $0.1 > 0 }.map(\.0) == ["blue"])
    }

    @Test("T = 2 is flatter than T = 1, and T = 0.5 sharper")
    func flatter() {
        let spread = { (temperature: Double) in
            let percents = TemperedChances(bin: self.blue, temperature: temperature).percentages.wholes
            return percents.max()! - percents.min()!
        }
        #expect(spread(2) < spread(1))
        #expect(spread(0.5) > spread(1))
        let percents = TemperedChances(bin: blue, temperature: 2).percentages.wholes
        // green 4 against purple 1: √4 : √1, twice as likely rather than four times.
        let green = blue.counts.firstIndex { $0.word == "green" }!, purple = blue.counts.firstIndex { $0.word == "purple" }!
        #expect(abs(Double(percents[green]) / Double(percents[purple]) - 2) < 0.2)
    }

    @Test("percentages add up to 100 and balls to the capacity at every temperature, but for ties",
          arguments: [0, 0.1, 0.5, 1, 1.5, 2, 10, 1000])
    func sums(temperature: Double) {
        for bin in BuiltInLesson.pretrained.bins {
            let chances = TemperedChances(bin: bin, temperature: temperature)
            #expect(chances.percentages.sum == 100 || chances.percentages.note != nil)
            for capacity in [1, 7, bin.total, 100] {
                let balls = chances.balls(capacity: capacity)
                // Equal chances get equal balls, so a tie may leave the bin a ball or two off.
                #expect(abs(balls.reduce(0, +) - capacity) < bin.counts.count, "\(bin.counts) at \(capacity)")
            }
        }
    }

    /// Bins of a class's few counts, ties and all.
    static let smallBins = Gen.int(in: 1...6).array(of: 1...8)

    @Test("20 balls: every word of 5% or more has a ball, each word's balls its printed share within one ball")
    func twentyBalls() async {
        await propertyCheck(count: 500, input: Self.smallBins, Gen.int(in: 0...4)) { counts, step in
            let temperature = [0.5, 1, 2, 0.25, 4][step]
            let bin = Bin(context: Context(["x"]), counts: counts.enumerated().map { BallCount(word: "w\($0)", count: $1) })
            let chances = TemperedChances(bin: bin, temperature: temperature)
            let balls = chances.balls(capacity: 20)
            for (percent, ball) in zip(chances.percentages.percents, balls) {
                if percent.whole >= 5 { #expect(ball >= 1, "\(counts) at T = \(temperature)") }
                #expect(abs(Double(ball) - Double(percent.whole) / 5) <= 1, "\(counts) at T = \(temperature)")
            }
            for i in counts.indices { for j in counts.indices where counts[i] == counts[j] { #expect(balls[i] == balls[j]) } }
        }
    }

    @Test("unequal small counts draw different balls at different temperatures")
    func smallCountsDiffer() {
        let bin = Bin(context: Context(["the"]), counts: [2, 2, 1, 1].enumerated().map { BallCount(word: "w\($0)", count: $1) })
        let balls = [0.5, 1, 2].map { TemperedChances(bin: bin, temperature: $0).balls(capacity: 20) }
        #expect(balls == [[8, 8, 2, 2], [7, 7, 3, 3], [6, 6, 4, 4]])
    }
}
