/// A canonical Huffman code (RFC 1951 §3.2.2) built from how often each symbol
/// occurs, with no code longer than DEFLATE allows (15 bits; 7 for code lengths).
struct HuffmanCode {
    /// Each symbol's code length in bits; 0 for a symbol that does not occur.
    let lengths: [Int]
    /// Each symbol's code with its bits reversed: DEFLATE stores Huffman codes from
    /// their top bit, while `BitWriter` writes values from their bottom bit.
    let codes: [UInt32]

    init(frequencies: [Int], maxLength: Int) {
        lengths = HuffmanCode.lengths(frequencies, maxLength: maxLength)
        var countOfLength = [Int](repeating: 0, count: maxLength + 1)
        for length in lengths where length > 0 { countOfLength[length] += 1 }
        var nextCode = [UInt32](repeating: 0, count: maxLength + 1)
        var code: UInt32 = 0
        for length in 1...maxLength {
            code = (code + UInt32(countOfLength[length - 1])) << 1
            nextCode[length] = code
        }
        codes = lengths.map { length in
            guard length > 0 else { return 0 }
            defer { nextCode[length] += 1 }
            return HuffmanCode.reversed(nextCode[length], bits: length)
        }
    }

    /// Optimal lengths when they fit in `maxLength`; otherwise the counts are halved
    /// until they do. Rarely needed, and flatter counts cost a few bytes at most.
    static func lengths(_ frequencies: [Int], maxLength: Int) -> [Int] {
        var weights = frequencies
        // A decoder needs a complete code, so at least two symbols get one.
        var missing = 2 - weights.count(where: { $0 > 0 })
        for symbol in weights.indices where missing > 0 && weights[symbol] == 0 {
            weights[symbol] = 1
            missing -= 1
        }
        while true {
            let lengths = treeDepths(weights)
            if lengths.max()! <= maxLength { return lengths }
            weights = weights.map { ($0 + 1) / 2 }
        }
    }

    /// The depth of each symbol's leaf in a Huffman tree, built with two queues: the
    /// leaves sorted by weight, and the merged nodes, which come out in weight order.
    /// Ties go to the leaf and the lower symbol, so the same counts give the same code.
    private static func treeDepths(_ weights: [Int]) -> [Int] {
        let leaves = weights.indices.filter { weights[$0] > 0 }.sorted { (weights[$0], $0) < (weights[$1], $1) }
        let nodeCount = 2 * leaves.count - 1
        var weight = leaves.map { weights[$0] }
        var parent = [Int](repeating: 0, count: nodeCount)
        var nextLeaf = 0
        var nextMerged = leaves.count
        func takeLightest() -> Int {
            if nextLeaf < leaves.count, nextMerged == weight.count || weight[nextLeaf] <= weight[nextMerged] {
                nextLeaf += 1
                return nextLeaf - 1
            }
            nextMerged += 1
            return nextMerged - 1
        }
        while weight.count < nodeCount {
            let first = takeLightest(), second = takeLightest()
            parent[first] = weight.count
            parent[second] = weight.count
            weight.append(weight[first] + weight[second])
        }
        // The root is the last node made, and every node is made after its children.
        var depth = [Int](repeating: 0, count: nodeCount)
        for node in stride(from: nodeCount - 2, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
        var lengths = [Int](repeating: 0, count: weights.count)
        for (node, symbol) in leaves.enumerated() { lengths[symbol] = depth[node] }
        return lengths
    }

    private static func reversed(_ code: UInt32, bits: Int) -> UInt32 {
        var code = code, result: UInt32 = 0
        for _ in 0..<bits {
            result = result << 1 | code & 1
            code >>= 1
        }
        return result
    }
}
