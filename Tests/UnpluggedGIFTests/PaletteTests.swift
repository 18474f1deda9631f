import Testing
@testable import UnpluggedGIF

@Suite("GIF palette")
struct PaletteTests {
    /// A figure's colours: white paper, a blue fill, black text, and 400 antialiasing
    /// shades of a pixel or two each.
    static let drawn: [(color: UInt32, pixels: Int)] = {
        let flat: [(color: UInt32, pixels: Int)] = [(0xFFFFFF, 50_000), (0x4A86E8, 9_000), (0x000000, 40)]
        let shades = (0..<400).map { shade -> (color: UInt32, pixels: Int) in
            let red = UInt32(shade % 20 * 12), green = UInt32(shade / 20 * 12)
            return (red << 16 | green << 8 | 0x80, 1 + shade % 2)
        }
        return flat + shades
    }()

    static func palette(_ drawn: [(color: UInt32, pixels: Int)]) -> Palette {
        var counts = ColorTable()
        for (color, pixels) in drawn { counts.add(pixels, to: color) }
        return Palette(counts: counts)
    }

    @Test("256 colours, the flat ones first and exact; the same whatever order they were counted in")
    func chosen() {
        let palette = Self.palette(Self.drawn)
        #expect(palette.colors.count == 256)
        #expect(Array(palette.colors.prefix(3)) == [0xFFFFFF, 0x4A86E8, 0x000000])
        #expect(Self.palette(Self.drawn.reversed()).colors == palette.colors)
        #expect(palette.tableSize == 256)
    }

    @Test("a shade left out is drawn as the nearest colour in the palette")
    func nearest() throws {
        let palette = Self.palette(Self.drawn)
        let left = Self.drawn.map(\.color).filter { !palette.colors.contains($0) }
        #expect(left.count == 403 - 256)
        for color in left {
            let index = Int(palette.index(of: color))
            let distances = palette.colors.map { candidate in
                [0, 8, 16].reduce(0) { sum, shift in
                    let difference = Int(color >> UInt32(shift) & 0xFF) - Int(candidate >> UInt32(shift) & 0xFF)
                    return sum + difference * difference
                }
            }
            #expect(distances[index] == distances.min())
        }
    }

    @Test("a rare shade unlike every other colour is chosen before common shades close to a chosen colour")
    func farthest() {
        let flat = (0..<128).map { (color: UInt32($0) * 0x010101, pixels: 1000) }
        let nearGrey = (0..<200).map { (color: 0x808000 | UInt32($0), pixels: 50) }
        let palette = Self.palette(flat + nearGrey + [(color: 0xFF00FF, pixels: 2)])
        #expect(palette.colors.contains(0xFF00FF))
        #expect(Array(palette.colors.prefix(128)) == flat.map(\.color))
    }

    @Test("a few colours make a small table: a power of two, at least 2")
    func tableSize() {
        #expect(Self.palette([(0xFFFFFF, 10)]).tableSize == 2)
        #expect(Self.palette((0..<5).map { (UInt32($0), 1) }).tableSize == 8)
    }
}
