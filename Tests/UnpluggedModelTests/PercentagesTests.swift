import PropertyBased
import Testing
import UnpluggedModel

@Suite("Whole percentages")
struct PercentagesTests {
    @Test("every row with counts adds up to exactly 100, each within 1 of exact, zeros stay 0")
    func sumsTo100() async {
        await propertyCheck(count: 1000, input: Gen.int(in: 0...100).array(of: 1...10)) { counts in
            let percents = Percentages.whole(counts)
            let total = counts.reduce(0, +)
            #expect(percents.count == counts.count)
            guard total > 0 else {
                #expect(percents.allSatisfy { $0 == 0 })
                return
            }
            #expect(percents.reduce(0, +) == 100)
            for (count, percent) in zip(counts, percents) {
                let exact = Double(count) * 100 / Double(total)
                #expect(abs(Double(percent) - exact) < 1, "\(counts) → \(percents)")
                if count == 0 { #expect(percent == 0) }
            }
        }
    }

    @Test("huge counts do not overflow")
    func hugeCounts() {
        #expect(Percentages.whole([Int.max / 2, Int.max / 2]) == [50, 50])
    }

    @Test("ties go to the word that comes first", arguments: [
        ([1, 1, 1], [34, 33, 33]),
        ([1, 2], [33, 67]),
        ([0, 3, 3, 3], [0, 34, 33, 33]),
        ([1, 3, 1, 3, 2], [10, 30, 10, 30, 20]),
        ([1, 1, 1, 1, 1, 1], [17, 17, 17, 17, 16, 16]),
    ])
    func ties(counts: [Int], expected: [Int]) {
        #expect(Percentages.whole(counts) == expected)
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
                #expect(ballCount == balls(total, scale) && ballCount <= capacity)
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
