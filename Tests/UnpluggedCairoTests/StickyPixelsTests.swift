import Testing
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

@Suite("Sticky figure pixels")
struct StickyPixelsTests {
    @Test("each built-in sticky's PNG is 2× its scene and has the word's colour at its centre",
          arguments: ["purple", "blue", "green", "pink", "white"])
    func centreColour(word: String) throws {
        let vocabulary = BuiltInLesson.vocabulary
        let scene = StickyFigure.scene(for: word, in: vocabulary, measurer: PangoMeasurer())
        let png = try #require(DecodedPNG(try CairoRenderer().png(scene)))
        #expect(png.width == Int(scene.size.width * 2) && png.height == Int(scene.size.height * 2))
        #expect(png.hex(x: png.width / 2, y: png.height / 2) == vocabulary.color(of: word).hex)
    }
}
