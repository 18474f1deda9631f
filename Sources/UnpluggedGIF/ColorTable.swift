/// A table from 24-bit colours to a number, open-addressed: how often each colour is
/// drawn, then which palette entry each colour is given. A figure has a few dozen flat
/// colours and some thousands of antialiasing shades, looked up once per run of equal
/// pixels: a plain table of integers, without `Dictionary`'s hashing of each key.
struct ColorTable {
    /// A key no colour has: colours are 24-bit.
    private static let empty: UInt32 = .max
    private var keys: [UInt32]
    private var values: [Int]
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: 0, count: size)
    }

    /// The slot of `color`: where it is, or the empty slot where it would go.
    @inline(__always)
    private func slot(of color: UInt32) -> Int {
        let mask = keys.count - 1
        // Fibonacci hashing spreads neighbouring shades over the table.
        var index = Int(truncatingIfNeeded: (color &* 0x9E37_79B1) >> 8) & mask
        while keys[index] != color, keys[index] != Self.empty { index = (index + 1) & mask }
        return index
    }

    /// The number stored for `color`, if any.
    @inline(__always)
    func value(of color: UInt32) -> Int? {
        let index = slot(of: color)
        return keys[index] == color ? values[index] : nil
    }

    /// Adds `amount` to `color`'s number (0 when it had none).
    @inline(__always)
    mutating func add(_ amount: Int, to color: UInt32) {
        let index = slot(of: color)
        if keys[index] == color {
            values[index] += amount
        } else {
            insert(color, amount, at: index)
        }
    }

    /// Stores `value` for `color`, which has none yet.
    mutating func set(_ value: Int, for color: UInt32) {
        let index = slot(of: color)
        if keys[index] == color { values[index] = value } else { insert(color, value, at: index) }
    }

    private mutating func insert(_ color: UInt32, _ value: Int, at index: Int) {
        keys[index] = color
        values[index] = value
        count += 1
        if count * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != Self.empty }
        keys = Array(repeating: Self.empty, count: keys.count * 2)
        values = Array(repeating: 0, count: keys.count)
        count = 0
        for (color, value) in old { insert(color, value, at: slot(of: color)) }
    }

    /// Every colour and its number, in no particular order.
    var entries: [(color: UInt32, value: Int)] {
        zip(keys, values).filter { $0.0 != Self.empty }.map { (color: $0.0, value: $0.1) }
    }
}
