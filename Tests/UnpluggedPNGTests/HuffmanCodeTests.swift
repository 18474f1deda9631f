import Testing
@testable import UnpluggedPNG

@Suite("Huffman codes")
struct HuffmanCodeTests {
    /// Kraft's sum in units of 2⁻ᵐᵃˣ: exactly 2ᵐᵃˣ for a complete prefix code.
    private func kraftSum(_ lengths: [Int], maxLength: Int) -> Int {
        lengths.filter { $0 > 0 }.reduce(0) { $0 + 1 << (maxLength - $1) }
    }

    @Test("lengths are optimal when they fit")
    func optimal() {
        #expect(HuffmanCode.lengths([5, 1, 1, 2, 0], maxLength: 15) == [1, 3, 3, 2, 0])
    }

    @Test("skewed counts still give codes of at most 15 bits, and a complete code")
    func limited() {
        // Fibonacci counts make the deepest tree: 29 levels for 30 symbols.
        var counts = [1, 1]
        while counts.count < 30 { counts.append(counts[counts.count - 1] + counts[counts.count - 2]) }
        let lengths = HuffmanCode.lengths(counts, maxLength: 15)
        #expect(lengths.max() == 15)
        #expect(kraftSum(lengths, maxLength: 15) == 1 << 15)
    }

    @Test("one symbol or none still gives a complete two-symbol code", arguments: [[0, 0, 0], [0, 9, 0]])
    func tooFewSymbols(_ counts: [Int]) {
        let lengths = HuffmanCode.lengths(counts, maxLength: 7)
        #expect(lengths.filter { $0 > 0 } == [1, 1])
        if counts[1] > 0 { #expect(lengths[1] == 1) }
    }

    @Test("codes are canonical: shorter codes first, then in symbol order, bits reversed")
    func canonical() {
        // RFC 1951's example: lengths (3, 3, 3, 3, 3, 2, 4, 4) give codes
        // 010 011 100 101 110 00 1110 1111.
        let code = HuffmanCode(frequencies: [2, 2, 2, 2, 2, 4, 1, 1], maxLength: 15)
        #expect(code.lengths == [3, 3, 3, 3, 3, 2, 4, 4])
        #expect(code.codes == [0b010, 0b110, 0b001, 0b101, 0b011, 0b00, 0b0111, 0b1111])
    }
}
