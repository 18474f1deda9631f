import PropertyBased
import Testing
import UnpluggedModel

@Suite("Percentages, one rounding for every figure")
struct PercentagesTests {
    /// Rows of counts with many ties and many rare words: what a class's small counts give.
    static let rows = Gen.int(in: 0...12).array(of: 1...12)

    @Test("equal counts show equal numbers, likelier words never less, seen words never 0, within 1 of exact")
    func fairness() async {
        await propertyCheck(count: 2000, input: Self.rows) { counts in
            let percentages = Percentages(counts)
            let total = counts.reduce(0, +)
            #expect(percentages.percents.count == counts.count)
            for (count, percent) in zip(counts, percentages.percents) {
                if count == 0 { #expect(percent.whole == 0 && percent.text == "0%") }
                if count > 0 { #expect(percent.text != "0%", "\(counts) → \(percentages.wholes)") }
                let exact = Double(count) * 100 / Double(max(total, 1))
                #expect(abs(Double(percent.whole) - exact) < 1, "\(counts) → \(percentages.wholes)")
            }
            for i in counts.indices {
                for j in counts.indices {
                    if counts[i] == counts[j] { #expect(percentages.percents[i] == percentages.percents[j], "\(counts)") }
                    if counts[i] > counts[j] { #expect(percentages.percents[i].whole >= percentages.percents[j].whole, "\(counts)") }
                }
            }
        }
    }

    @Test("a row adds up to 100 unless a tie keeps it below, and then says so; the order of counts changes nothing")
    func sums() async {
        await propertyCheck(count: 2000, input: Self.rows) { counts in
            let percentages = Percentages(counts)
            let sum = percentages.sum
            guard counts.contains(where: { $0 > 0 }) else {
                #expect(sum == 0 && percentages.note == nil)
                return
            }
            if sum == 100 {
                #expect(percentages.note == nil)
            } else {
                #expect(sum < 100, "\(counts) → \(percentages.wholes)")
                #expect(percentages.note == "Percentages add up to \(sum)%: equal counts show equal percentages.")
                // Only a tie can keep a row from 100: some count appears twice.
                #expect(Set(counts.filter { $0 > 0 }).count < counts.filter { $0 > 0 }.count, "\(counts)")
            }
            let reversed = Percentages(counts.reversed())
            #expect(reversed.percents == percentages.percents.reversed())
            // Zeros (a row in vocabulary order) change no number either.
            let padded = Percentages([0] + counts + [0, 0])
            #expect(Array(padded.percents.dropFirst().prefix(counts.count)) == percentages.percents)
        }
    }

    @Test("\"other\" is exactly what the shown words leave of the row")
    func other() async {
        await propertyCheck(count: 1000, input: Self.rows, Gen.int(in: 0...12)) { counts, shown in
            let percentages = Percentages(counts)
            let order = counts.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
            let named = order.prefix(shown)
            let other = percentages.other(besides: named)
            guard counts.contains(where: { $0 > 0 }) else { return #expect(other.whole == 0 && !other.isSeen) }
            #expect(named.map { percentages.percents[$0].whole }.reduce(0, +) + other.whole == 100)
            #expect(other.whole >= order.dropFirst(shown).map { percentages.percents[$0].whole }.reduce(0, +))
            #expect(other.isSeen == order.dropFirst(shown).contains { counts[$0] > 0 })
        }
    }

    @Test("examples a teacher checks by hand", arguments: [
        ([1, 1, 1], ["33%", "33%", "33%"]),
        ([1, 2], ["33%", "67%"]),
        ([0, 3, 3, 3], ["0%", "33%", "33%", "33%"]),
        ([1, 3, 1, 3, 2], ["10%", "30%", "10%", "30%", "20%"]),
        ([1, 1, 1, 1, 1, 1], ["16%", "16%", "16%", "16%", "16%", "16%"]),
        ([2, 2, 1, 1], ["33%", "33%", "17%", "17%"]),
        ([9, 8, 8], ["36%", "32%", "32%"]),
        ([1, 400], ["<1%", ">99%"]),
        ([5], ["100%"]),
    ])
    func examples(counts: [Int], expected: [String]) {
        #expect(Percentages(counts).percents.map(\.text) == expected)
    }

    @Test("huge counts do not overflow")
    func hugeCounts() {
        #expect(Percentages([Int.max / 2, Int.max / 2]).wholes == [50, 50])
    }
}

@Suite("Balls per bin")
struct BallApportionmentTests {
    @Test("counts that fit are the balls themselves, with no scale")
    func fits() {
        let apportionment = BallApportionment(counts: [[1, 3, 1, 3, 2], [4, 1, 1, 1, 3]], capacity: 10)
        #expect(apportionment.balls == [[1, 3, 1, 3, 2], [4, 1, 1, 1, 3]])
        #expect(apportionment.countsPerBall == 1)
        #expect(apportionment.scale == nil)
    }

    @Test("counts that do not fit get one shared scale, reported")
    func scaled() {
        let apportionment = BallApportionment(counts: [[25, 7, 4, 8, 21], [2, 10, 0, 6, 7]], capacity: 20)
        #expect(apportionment.countsPerBall == 4)
        #expect(apportionment.scale == "1 ball = 4 counts")
        #expect(apportionment.balls == [[6, 2, 1, 2, 5], [1, 3, 0, 2, 2]])
    }

    @Test("bins fit, non-zero counts keep a ball while there is room, the scale is the smallest that fits")
    func properties() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...60).array(of: 1...8).array(of: 1...5), Gen.int(in: 1...30)) { counts, capacity in
            let apportionment = BallApportionment(counts: counts, capacity: capacity)
            let scale = apportionment.countsPerBall
            #expect(apportionment.balls.map(\.count) == counts.map(\.count))
            if counts.allSatisfy({ $0.reduce(0, +) <= capacity }) {
                #expect(apportionment.balls == counts)
                #expect(apportionment.scale == nil)
                return
            }
            #expect(scale >= 2)
            #expect(apportionment.scale == "1 ball = \(scale) counts")
            for (bin, balls) in zip(counts, apportionment.balls) {
                #expect(balls.reduce(0, +) <= capacity)
                let keepsEveryWord = bin.filter { $0 > 0 }.count <= capacity
                for (count, ball) in zip(bin, balls) {
                    if count == 0 { #expect(ball == 0) }
                    if count > 0, keepsEveryWord { #expect(ball >= 1) }
                    // Each word's balls are its count over the scale, rounded, or the one ball kept.
                    #expect(ball == (count + scale / 2) / scale || (ball == 1 && count > 0), "\(bin) at 1:\(scale) → \(balls)")
                }
                for (left, right) in zip(bin.indices, bin.indices.dropFirst()) where bin[left] >= bin[right] {
                    #expect(balls[left] >= balls[right])
                }
            }
            // A smaller scale would overfill some bin.
            let smaller = scale - 1
            let overfills = counts.contains { bin in
                let keepsEveryWord = bin.filter { $0 > 0 }.count <= capacity
                return bin.map { count in
                    let rounded = (2 * count + smaller) / (2 * smaller)
                    return count > 0 && keepsEveryWord ? max(1, rounded) : rounded
                }.reduce(0, +) > capacity
            }
            #expect(overfills)
        }
    }

    @Test("proportional: a bin of many rare words keeps its share of balls, split by largest remainder")
    func proportionalExample() {
        // 30 counts of 10 words beside 20 counts of one: 3 balls to 2 at 1 ball = 9 counts,
        // where rounding each word alone would give the first bin none, or keep one each
        // (10 balls to 2); equal remainders go to the earlier words.
        let apportionment = BallApportionment(proportionalTo: [Array(repeating: 3, count: 10), [20]], capacity: 3)
        #expect(apportionment.countsPerBall == 9)
        #expect(apportionment.balls == [[1, 1, 1, 0, 0, 0, 0, 0, 0, 0], [2]])
        #expect(BallApportionment(proportionalTo: [[25, 7, 4], [2, 10]], capacity: 40).balls == [[25, 7, 4], [2, 10]])
    }

    @Test("a bin with any count is never drawn empty, under any scale, either rounding")
    func noCountedBinIsEmpty() async {
        // Few words in a bin beside a very full one: at 1 ball = 48 counts the small bins'
        // totals round to nothing, and would be drawn as if they had learnt nothing.
        let counts = [[400, 100], [1, 1], [20], [0]]
        for apportionment in [BallApportionment(counts: counts, capacity: 10),
                              BallApportionment(proportionalTo: counts, capacity: 10)] {
            #expect(apportionment.countsPerBall == 48)
            #expect(apportionment.balls.map { $0.reduce(0, +) }.map { $0 > 0 } == [true, true, true, false])
        }
        #expect(BallApportionment(counts: [[1, 1, 1], [300]], capacity: 2).balls == [[1, 0, 0], [2]])
        await propertyCheck(count: 500, input: Gen.int(in: 0...200).array(of: 1...6).array(of: 1...6), Gen.int(in: 1...12)) { counts, capacity in
            for apportionment in [BallApportionment(counts: counts, capacity: capacity),
                                  BallApportionment(proportionalTo: counts, capacity: capacity)] {
                for (bin, balls) in zip(counts, apportionment.balls) {
                    let shown = balls.reduce(0, +)
                    #expect((shown > 0) == (bin.reduce(0, +) > 0), "\(bin) at 1:\(apportionment.countsPerBall) → \(balls)")
                    #expect(shown <= capacity)
                }
            }
        }
    }

    @Test("proportional: each bin's balls are its total over one scale, the smallest that fits, shared by largest remainder")
    func proportionalProperties() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...60).array(of: 1...12).array(of: 1...5), Gen.int(in: 1...30)) { counts, capacity in
            let apportionment = BallApportionment(proportionalTo: counts, capacity: capacity)
            let scale = apportionment.countsPerBall
            let totals = counts.map { $0.reduce(0, +) }
            func balls(_ total: Int, _ scale: Int) -> Int { (2 * total + scale) / (2 * scale) }
            #expect(apportionment.balls.map(\.count) == counts.map(\.count))
            if totals.allSatisfy({ $0 <= capacity }) { #expect(apportionment.balls == counts) }
            #expect(scale == 1 || totals.contains { balls($0, scale - 1) > capacity }, "the smallest scale that fits")
            for ((bin, total), shares) in zip(zip(counts, totals), apportionment.balls) {
                let ballCount = shares.reduce(0, +)
                #expect(ballCount == (total > 0 ? max(1, balls(total, scale)) : 0) && ballCount <= capacity)
                for (count, share) in zip(bin, shares) where total > 0 {
                    // Within one ball of the word's exact share of the bin's balls.
                    #expect(share * total <= count * ballCount + total && count * ballCount < (share + 1) * total)
                }
            }
            for (left, right) in zip(totals, apportionment.balls.map { $0.reduce(0, +) }) {
                for (otherTotal, otherBalls) in zip(totals, apportionment.balls.map { $0.reduce(0, +) }) where otherTotal > left {
                    #expect(otherBalls >= right, "a fuller bin never shows fewer balls")
                }
            }
        }
    }
}
