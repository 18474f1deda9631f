import Testing
@testable import UnpluggedPNG

/// RFC 1951 §3.2.5's tables, written out, against the arithmetic that replaces them.
@Suite("DEFLATE length and distance symbols")
struct DeflateSymbolTests {
    static let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                              67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtraBits = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
                                    11, 11, 12, 12, 13, 13]

    @Test("every length 3...258 gets the symbol and extra bits of the RFC's table")
    func lengths() {
        for length in 3...258 {
            let symbol = DeflateSymbol(length: length)
            let index = symbol.symbol - 257
            #expect(symbol.extraBitCount == Self.lengthExtraBits[index], "length \(length)")
            #expect(Self.lengthBases[index] + Int(symbol.extra) == length, "length \(length)")
            #expect(symbol.extra < 1 << symbol.extraBitCount, "length \(length)")
        }
    }

    @Test("every distance 1...32768 gets the symbol and extra bits of the RFC's table")
    func distances() {
        for distance in 1...32768 {
            let symbol = DeflateSymbol(distance: distance)
            #expect(symbol.extraBitCount == Self.distanceExtraBits[symbol.symbol], "distance \(distance)")
            #expect(Self.distanceBases[symbol.symbol] + Int(symbol.extra) == distance, "distance \(distance)")
            #expect(symbol.extra < 1 << symbol.extraBitCount, "distance \(distance)")
        }
    }

    @Test("the extra bit counts the encoder looks up are the RFC's")
    func extraBitTables() {
        #expect(DeflateSymbol.lengthExtraBitCounts == Self.lengthExtraBits)
        #expect(DeflateSymbol.distanceExtraBitCounts == Self.distanceExtraBits)
    }
}
