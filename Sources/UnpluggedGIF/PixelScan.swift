/// Scans of pixel rows eight pixels at a time (one vector compare where the processor
/// has them): where a frame first differs from the one before, and where a run of one
/// colour ends. Most of a figure's pixels are long runs, so most of the time goes here.
enum PixelScan {
    /// The bits of a pixel that are its colour: Cairo's RGB24 leaves the top byte unused.
    static let colorBits: UInt32 = 0x00FF_FFFF

    /// The first position in `start..<end` where `row`'s colour differs from `kept`'s; `end` when none does.
    @inline(__always)
    static func firstDifference(_ row: UnsafePointer<UInt32>, _ kept: UnsafePointer<UInt32>, from start: Int, to end: Int) -> Int {
        var x = start
        let mask = SIMD8<UInt32>(repeating: colorBits)
        while x + 8 <= end {
            let a = UnsafeRawPointer(row + x).loadUnaligned(as: SIMD8<UInt32>.self) & mask
            let b = UnsafeRawPointer(kept + x).loadUnaligned(as: SIMD8<UInt32>.self)
            if any(a .!= b) { break }
            x += 8
        }
        while x < end, row[x] & colorBits == kept[x] { x += 1 }
        return x
    }

    /// The last position in `start...end` where `row`'s colour differs from `kept`'s,
    /// looking from `end` back; `start` when only it may.
    @inline(__always)
    static func lastDifference(_ row: UnsafePointer<UInt32>, _ kept: UnsafePointer<UInt32>, from start: Int, to end: Int) -> Int {
        var x = end
        let mask = SIMD8<UInt32>(repeating: colorBits)
        while x - 8 >= start {
            let a = UnsafeRawPointer(row + x - 7).loadUnaligned(as: SIMD8<UInt32>.self) & mask
            let b = UnsafeRawPointer(kept + x - 7).loadUnaligned(as: SIMD8<UInt32>.self)
            if any(a .!= b) { break }
            x -= 8
        }
        while x > start, row[x] & colorBits == kept[x] { x -= 1 }
        return x
    }

    /// The first position in `start..<end` whose pixel is not `color`; `end` when all are.
    @inline(__always)
    static func runEnd(_ row: UnsafePointer<UInt32>, of color: UInt32, from start: Int, to end: Int) -> Int {
        var x = start
        let splat = SIMD8<UInt32>(repeating: color)
        while x + 8 <= end {
            if any(UnsafeRawPointer(row + x).loadUnaligned(as: SIMD8<UInt32>.self) .!= splat) { break }
            x += 8
        }
        while x < end, row[x] == color { x += 1 }
        return x
    }
}
