/// The one colour table of a whole GIF, chosen from the colours its frames draw.
///
/// A figure is flat colours plus antialiasing: its colours cover most pixels, the
/// shades between them few. So the palette is first the 128 colours drawn most often
/// (ties by colour, so it is the same on every machine): every flat colour exactly,
/// and the commonest edge shades. Then, one at a time, the colour whose pixels are the
/// farthest from the palette so far (its pixels times its squared distance to the
/// nearest colour chosen): the edges between unlike colours, a pink ball's on green,
/// get shades of their own. On the lesson's generation frames this halved the largest
/// error of a pixel and took a third off the mean, against the 256 colours drawn most.
/// Any other shade is drawn as its nearest palette colour. One table for every frame
/// keeps a colour the same from frame to frame.
struct Palette {
    /// The colours, `0x00RRGGBB`, in the order chosen.
    let colors: [UInt32]
    /// Each colour drawn: its palette index.
    private var indices: ColorTable

    static let largest = 256

    /// The palette of colours drawn `counts` times each.
    init(counts: ColorTable) {
        let chosen = counts.entries.sorted { $0.value != $1.value ? $0.value > $1.value : $0.color < $1.color }
        var colors = chosen.prefix(Self.largest / 2).map(\.color)
        var rest = Array(chosen.dropFirst(Self.largest / 2))
        var distances = rest.map { entry in colors.map { Self.distance(entry.color, $0) }.min() ?? Int.max }
        while colors.count < Self.largest, !rest.isEmpty {
            var best = 0
            for index in rest.indices where rest[index].value * distances[index] > rest[best].value * distances[best] { best = index }
            let color = rest[best].color
            colors.append(color)
            rest.remove(at: best)
            distances.remove(at: best)
            for index in rest.indices { distances[index] = min(distances[index], Self.distance(rest[index].color, color)) }
        }
        self.colors = colors
        indices = ColorTable(capacity: chosen.count)
        for (index, color) in colors.enumerated() { indices.set(index, for: color) }
        for (color, _) in rest { indices.set(Self.nearest(to: color, among: colors), for: color) }
    }

    /// The palette index of a colour drawn in the frames.
    @inline(__always)
    func index(of color: UInt32) -> UInt8 {
        UInt8(truncatingIfNeeded: indices.value(of: color) ?? Self.nearest(to: color, among: colors))
    }

    /// The index of the colour nearest to `color` (in RGB, squared distance), the first of equals.
    static func nearest(to color: UInt32, among colors: [UInt32]) -> Int {
        var best = 0
        var bestDistance = Int.max
        for (index, candidate) in colors.enumerated() {
            let distance = distance(color, candidate)
            if distance < bestDistance {
                (best, bestDistance) = (index, distance)
            }
        }
        return best
    }

    private static func distance(_ a: UInt32, _ b: UInt32) -> Int {
        var sum = 0
        for shift: UInt32 in [0, 8, 16] {
            let difference = Int((a >> shift) & 0xFF) - Int((b >> shift) & 0xFF)
            sum += difference * difference
        }
        return sum
    }

    /// The table's size as a GIF writes it: a power of two, at least 2.
    var tableSize: Int {
        var size = 2
        while size < colors.count { size *= 2 }
        return size
    }
}
