import Testing
@testable import UnpluggedModel

/// The n-gram table packs an n-gram's ids into its key while they fit, and moves to
/// keeping them aside when one does not: the counts must not notice.
@Suite("N-gram table")
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
}
