import GIFBlockReader
import Testing
import UnpluggedGIF

/// A frame `width` × `height` of `background` with `rectangles` painted on it, as
/// Cairo's RGB24 pixels: `top` is the byte Cairo leaves unused.
private func frame(width: Int, height: Int, background: UInt32 = 0xFFFFFF, top: UInt32 = 0xFF,
                   _ rectangles: [(x: Int, y: Int, width: Int, height: Int, color: UInt32)] = []) -> [UInt32] {
    var pixels = [UInt32](repeating: background, count: width * height)
    for rectangle in rectangles {
        for y in rectangle.y..<(rectangle.y + rectangle.height) {
            for x in rectangle.x..<(rectangle.x + rectangle.width) { pixels[y * width + x] = rectangle.color }
        }
    }
    return pixels.map { $0 | top << 24 }
}

private func gif(of frames: [[UInt32]], width: Int, height: Int, delay: Int) throws -> GIFBlocks {
    var animation = GIFAnimation(width: width, height: height)
    for pixels in frames {
        pixels.withUnsafeBytes { animation.add(rows: $0, stride: width * 4) }
    }
    return try #require(GIFBlocks(try animation.encoded(delay: delay)))
}

@Suite("Animated GIF")
struct GIFAnimationTests {
    let red = (x: 5, y: 5, width: 12, height: 12, color: UInt32(0xE06666))
    let blue = (x: 20, y: 10, width: 10, height: 10, color: UInt32(0x4A86E8))

    @Test("GIF89a, looping forever, every frame shown the delay, opaque, drawn over the one before")
    func blocks() throws {
        let first = frame(width: 40, height: 30, [red])
        let gif = try gif(of: [first, frame(width: 40, height: 30, [red, blue])], width: 40, height: 30, delay: 75)
        #expect(gif.version == "GIF89a")
        #expect((gif.width, gif.height) == (40, 30))
        #expect(gif.loopCount == 0)
        #expect(gif.controls == Array(repeating: GIFBlocks.Control(delay: 75, disposal: 1, hasTransparency: false), count: 2))
        #expect(gif.frames.count == 2)
        #expect(gif.frames.allSatisfy { !$0.hasLocalColors })
    }

    @Test("a frame after the first keeps only the rectangle that changed, whatever Cairo's unused byte holds")
    func changedRectangle() throws {
        let first = frame(width: 40, height: 30, top: 0xFF, [red])
        let second = frame(width: 40, height: 30, top: 0x00, [red, blue])
        let gif = try gif(of: [first, second, second], width: 40, height: 30, delay: 120)
        let rectangles = gif.frames.map { [$0.left, $0.top, $0.width, $0.height] }
        // An unchanged frame is one pixel, so that it still shows for its time.
        #expect(rectangles == [[0, 0, 40, 30], [20, 10, 10, 10], [0, 0, 1, 1]])
    }

    @Test("the colour table holds every flat colour of every frame exactly, most stored first")
    func colors() throws {
        let gif = try gif(of: [frame(width: 40, height: 30, [red]), frame(width: 40, height: 30, [red, blue])],
                          width: 40, height: 30, delay: 120)
        #expect(Array(gif.colors.prefix(3)) == [0xFFFFFF, 0xE06666, 0x4A86E8])
    }
}
