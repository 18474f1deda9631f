/// A match length or distance as DEFLATE writes it (RFC 1951 §3.2.5): a symbol of
/// the Huffman alphabet, then `extraBitCount` bits of `extra` to pick the exact value.
struct DeflateSymbol {
    let symbol: Int
    let extraBitCount: Int
    let extra: UInt32

    /// Lengths 3...258 as symbols 257...285: eight single lengths, then groups of four
    /// that double in size, then 258 alone.
    init(length: Int) {
        let offset = length - 3
        if length == 258 {
            (symbol, extraBitCount, extra) = (285, 0, 0)
        } else if offset < 8 {
            (symbol, extraBitCount, extra) = (257 + offset, 0, 0)
        } else {
            let magnitude = Int.bitWidth - 1 - offset.leadingZeroBitCount
            extraBitCount = magnitude - 2
            symbol = 257 + 4 * (magnitude - 1) + ((offset >> extraBitCount) & 3)
            extra = UInt32(offset & ((1 << extraBitCount) - 1))
        }
    }

    /// Distances 1...32768 as symbols 0...29: four single distances, then groups of
    /// two that double in size.
    init(distance: Int) {
        let offset = distance - 1
        if offset < 4 {
            (symbol, extraBitCount, extra) = (offset, 0, 0)
        } else {
            let magnitude = Int.bitWidth - 1 - offset.leadingZeroBitCount
            extraBitCount = magnitude - 1
            symbol = 2 * magnitude + ((offset >> extraBitCount) & 1)
            extra = UInt32(offset & ((1 << extraBitCount) - 1))
        }
    }

    /// The extra bits of each length symbol 257...285, from 0, and of each distance
    /// symbol 0...29: what the encoder writes after a symbol, without working it out again.
    static let lengthExtraBitCounts: [Int] = (257...285).map { symbol in
        symbol < 265 || symbol == 285 ? 0 : (symbol - 261) / 4
    }
    static let distanceExtraBitCounts: [Int] = (0..<30).map { symbol in symbol < 4 ? 0 : symbol / 2 - 1 }
}
