import Testing
@testable import UnpluggedModel

/// The n-gram table, and the counter that feeds it, pack an n-gram's ids into its key
/// while they fit, and move to keeping them aside when one does not: the counts must
/// not notice.
@Suite("Packed n-grams")
struct NGramTableTests {
    @Test("counts survive the move from packed keys to ids kept aside", arguments: [2, 3, 4, 6])
    func unpacking(width: Int) {
        var generator = SplitMix64(seed: UInt64(width))
        var table = NGramTable(width: width)
        var expected: [[UInt32]: Int] = [:]
        for step in 0..<5000 {
            // Small ids first, then now and then one too large to pack with the others.
            let large = step > 2000 && step % 97 == 0
            let gram = (0..<width).map { position in
                large && position == width - 1 ? UInt32(3_000_000 + generator.next() % 3) : UInt32(generator.next() % 12)
            }
            let count = Int(generator.next() % 3) + 1
            gram.withUnsafeBufferPointer { table.add($0, count: count) }
            expected[gram, default: 0] += count
        }
        var counted: [[UInt32]: Int] = [:]
        table.forEach { gram, count in counted[Array(gram), default: 0] += count }
        #expect(counted == expected)
        #expect(table.count == expected.count)
    }

    @Test("a counter's n-grams, padded or not, before and after an id too large to pack",
          arguments: [1, 2, 3, 5], [false, true])
    func counter(contextLength: Int, padding: Bool) {
        var generator = SplitMix64(seed: UInt64(contextLength))
        let endID: UInt32 = 7
        let documents = (0..<300).map { index in
            (0..<Int(generator.next() % 9)).map { _ in
                // Small ids, then from the 200th document now and then an id of 2^21 or more.
                index >= 200 && generator.next() % 5 == 0 ? UInt32(1 << 21) + UInt32(generator.next() % 4) : UInt32(generator.next() % 7)
            }
        }
        var counter = NGramCounter(contextLength: contextLength, endID: endID, startPadding: padding)
        var expected: [[UInt32]: Int] = [:]
        for document in documents {
            for id in document { counter.word(id) }
            counter.endDocument()
            let ids = (padding ? Array(repeating: endID, count: contextLength) : []) + document + [endID]
            for end in ids.indices where end >= contextLength {
                expected[Array(ids[end - contextLength...end]), default: 0] += 1
            }
        }
        counter.finish()
        var counted: [[UInt32]: Int] = [:]
        counter.table.forEach { gram, count in counted[Array(gram), default: 0] += count }
        #expect(counted == expected)
    }
}
