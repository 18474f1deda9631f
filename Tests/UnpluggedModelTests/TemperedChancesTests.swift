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
        #expect(chances.percentages == Percentages.whole(counts))
        #expect(chances.balls(capacity: blue.total) == counts)
    }

    @Test("T = 0 and T near 0 pick the likeliest word alone", arguments: [0, 0.01, 0.05])
    func nearZero(temperature: Double) {
        let chances = TemperedChances(bin: blue, temperature: temperature)
        let green = chances.words.firstIndex(of: "green")!
        #expect(chances.percentages[green] == 100)
        #expect(chances.balls(capacity: blue.total)[green] == blue.total)
    }

    @Test("T = 0 breaks a tie for the first word in vocabulary order")
    func tie() {
        let bin = BuiltInLesson.pretrained.bin(for: Context(["purple"]))  // blue 3, pink 3
        let chances = TemperedChances(bin: bin, temperature: 0)
        #expect(zip(chances.words, chances.percentages).filter { $0.1 > 0 }.map(\.0) == ["blue"])
    }

    @Test("T = 2 is flatter than T = 1, and T = 0.5 sharper")
    func flatter() {
        let spread = { (temperature: Double) in
            let percents = TemperedChances(bin: self.blue, temperature: temperature).percentages
            return percents.max()! - percents.min()!
        }
        #expect(spread(2) < spread(1))
        #expect(spread(0.5) > spread(1))
        let percents = TemperedChances(bin: blue, temperature: 2).percentages
        // green 4 against purple 1: √4 : √1, twice as likely rather than four times.
        let green = blue.counts.firstIndex { $0.word == "green" }!, purple = blue.counts.firstIndex { $0.word == "purple" }!
        #expect(abs(Double(percents[green]) / Double(percents[purple]) - 2) < 0.2)
    }

    @Test("percentages add up to 100 and balls to the capacity at every temperature",
          arguments: [0, 0.1, 0.5, 1, 1.5, 2, 10, 1000])
    func sums(temperature: Double) {
        for bin in BuiltInLesson.pretrained.bins {
            let chances = TemperedChances(bin: bin, temperature: temperature)
            #expect(chances.percentages.reduce(0, +) == 100)
            for capacity in [1, 7, bin.total, 100] {
                #expect(chances.balls(capacity: capacity).reduce(0, +) == capacity)
            }
        }
    }
}
