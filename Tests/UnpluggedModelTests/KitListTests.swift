import Testing
@testable import UnpluggedModel

@Suite("Kit list: balls per bucket and balls to buy")
struct KitListTests {
    @Test("the built-in lesson's rows add up to 10: at capacity 10 the balls are the counts")
    func builtInAtTen() {
        let kit = KitList(model: BuiltInLesson.pretrained, capacity: 10)
        #expect(kit.buckets.map(\.context.description) == ["purple", "blue", "green", "pink"])
        #expect(kit.buckets.map(\.balls) == [[1, 3, 1, 3, 2], [1, 1, 4, 2, 2], [2, 2, 2, 3, 1], [4, 1, 1, 1, 3]])
        #expect(kit.buckets.allSatisfy { $0.isExact })
        #expect(kit.totals == [8, 7, 8, 9, 8])
        #expect(kit.ballCount == 40)
    }

    @Test("at capacity 20 every bucket holds twice the counts, and twice as much is bought")
    func builtInAtTwenty() {
        let kit = KitList(model: BuiltInLesson.pretrained, capacity: 20)
        #expect(kit.buckets[0].balls == [2, 6, 2, 6, 4])
        #expect(kit.totals == [16, 14, 16, 18, 16])
        #expect(kit.buckets.allSatisfy { $0.isExact })
    }

    @Test("counts that do not divide the capacity: largest remainder, still `capacity` balls a bucket")
    func roundedRows() throws {
        let model = try CountTableReader.read(input(ReferenceTables.contextTwoCSV, name: "context_two.csv"))
        let kit = KitList(model: model, capacity: 10)
        let byContext = Dictionary(uniqueKeysWithValues: kit.buckets.map { ($0.context.description, $0) })
        // 2, 10, 0, 6, 7 of 25: quotas 0.8, 4, 0, 2.4, 2.8; the two places left go to 0.8 and 0.8.
        #expect(byContext["purple purple"]?.balls == [1, 4, 0, 2, 3])
        // 0, 1, 11, 1, 5 of 18: largest remainder gives 0, 1, 6, 0, 3; pink has a count, so it
        // takes a ball from white, the word most over its quota (3 for 2.78).
        #expect(byContext["blue blue"]?.balls == [0, 1, 6, 1, 2])
        #expect(kit.buckets.allSatisfy { $0.balls.reduce(0, +) == 10 })
        #expect(kit.buckets.allSatisfy { !$0.isExact })
        #expect(kit.totals.reduce(0, +) == 160)
        #expect(kit.totals == (0..<5).map { word in kit.buckets.reduce(0) { $0 + $1.balls[word] } })
    }

    @Test("a capacity of 20 on a row of 96")
    func capacityTwenty() throws {
        let model = try CountTableReader.read(input(ReferenceTables.contextTwoCSV, name: "context_two.csv"))
        let kit = KitList(model: model, capacity: 20)
        let pinkPurple = kit.buckets.first { $0.context == Context(["pink", "purple"]) }
        // 6, 30, 10, 28, 22 of 96: quotas 1.25, 6.25, 2.08, 5.83, 4.58.
        #expect(pinkPurple?.balls == [1, 6, 2, 6, 5])
    }

    @Test("fewer places than words: the largest remainders win and some words get none")
    func fewerPlacesThanWords() {
        #expect(Apportionment.largestRemainder([1, 1, 1, 1, 1], places: 3) == [1, 1, 1, 0, 0])
        #expect(Apportionment.largestRemainder([1, 99], places: 10) == [1, 9])
        #expect(Apportionment.largestRemainder([0, 0], places: 10) == [0, 0])
    }
}
