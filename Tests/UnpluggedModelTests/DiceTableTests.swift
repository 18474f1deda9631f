import Testing
@testable import UnpluggedModel

@Suite("Dice tables: faces per next word")
struct DiceTableTests {
    /// The row of `counts` on `die`, as faces read off the die for each word.
    private func faces(_ counts: [Int], on die: Die) -> (faces: [[String]], rerolls: [String], difference: Fraction) {
        let row = DiceTable.row(counts, context: Context(["purple"]), die: die)
        return (row.faces.map { $0.map(die.label(ofFace:)) }, row.rerolls(on: die).map(die.label(ofFace:)),
                row.largestDifference)
    }

    @Test("a row of 10 on a d10: exact, one face per ball")
    func exactOnD10() {
        let row = faces([1, 3, 1, 3, 2], on: .d10)
        #expect(row.faces == [["1"], ["2", "3", "4"], ["5"], ["6", "7", "8"], ["9", "10"]])
        #expect(row.rerolls.isEmpty)
        #expect(row.difference == Fraction(0, 1))
    }

    @Test("a row of 10 on a d20: exact with all twenty faces (ties go to fewer re-rolls)")
    func exactOnD20() {
        let table = DiceTable(model: BuiltInLesson.pretrained, die: .d20)
        #expect(table.rows.map(\.usedFaces) == [20, 20, 20, 20])
        #expect(table.rows.allSatisfy { $0.isExact })
        #expect(table.rows[0].faces == [0..<2, 2..<8, 8..<10, 10..<16, 16..<20])
    }

    @Test("a row of 10 on a d6 cannot be exact: five faces, one each, and 6 is rolled again")
    func inexactOnD6() {
        // Six faces would give 1, 2, 1, 1, 1 (largest difference 2/15); five give 1/10.
        let row = faces([1, 3, 1, 3, 2], on: .d6)
        #expect(row.faces == [["1"], ["2"], ["3"], ["4"], ["5"]])
        #expect(row.rerolls == ["6"])
        #expect(row.difference == Fraction(1, 10))
        #expect(row.difference.percentagePoints == 10)
    }

    @Test("a row of 4 on a d6: exact on four faces, 5 and 6 rolled again")
    func exactWithRerolls() {
        let row = faces([1, 3], on: .d6)
        #expect(row.faces == [["1"], ["2", "3", "4"]])
        #expect(row.rerolls == ["5", "6"])
        #expect(row.difference == Fraction(0, 1))
    }

    @Test("a row of 3 on a d10: exact on nine faces, 10 rolled again")
    func largestMultiple() {
        let row = faces([1, 2], on: .d10)
        #expect(row.faces == [["1", "2", "3"], ["4", "5", "6", "7", "8", "9"]])
        #expect(row.rerolls == ["10"])
    }

    @Test("a rare word keeps a face: 1 and 99 on a d6 give 1 and 5, 15.7 points off")
    func rareWordKeepsAFace() {
        let row = faces([1, 99], on: .d6)
        #expect(row.faces == [["1"], ["2", "3", "4", "5", "6"]])
        #expect(row.difference == Fraction(47, 300))
    }

    @Test("more words than faces: one face each for the first six, the seventh cannot come up")
    func moreWordsThanFaces() {
        let row = DiceTable.row([1, 1, 1, 1, 1, 1, 1], context: Context(["a"]), die: .d6)
        #expect(row.usedFaces == 6)
        #expect(row.faces.map(\.count) == [1, 1, 1, 1, 1, 1, 0])
        #expect(row.largestDifference == Fraction(1, 7))
    }

    @Test("two d10 read as 00–99: a row of 25 is exact, four faces a ball")
    func percentileDice() throws {
        let model = try CountTableReader.read(input(ReferenceTables.contextTwoCSV, name: "context_two.csv"))
        let table = DiceTable(model: model, die: .d100)
        let row = try #require(table.rows.first { $0.context == Context(["purple", "purple"]) })
        #expect(row.faces == [0..<8, 8..<48, 48..<48, 48..<72, 72..<100])
        #expect(row.isExact)
        #expect(Die.d100.label(ofFace: 0) == "00")
        #expect(Die.d100.label(ofFace: 99) == "99")
        // 0, 1, 11, 1, 5 of 18 on a d20: exact on 18 faces.
        let blueBlue = DiceTable.row([0, 1, 11, 1, 5], context: Context(["blue", "blue"]), die: .d20)
        #expect(blueBlue.usedFaces == 18 && blueBlue.isExact)
        #expect(table.rows.count == 16)
    }
}
