import Foundation
import GIFBlockReader
import Testing
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// The animated GIF of a sequence as the lesson's training demo makes it, read block
/// by block and decoded by ImageMagick, against the PNGs of its frames.
@Suite("Animated GIF of a sequence")
struct GIFRenderTests {
    static func frames(theme: Theme = .light) -> [Scene] {
        var options = FigureOptions()
        options.theme = theme
        return TrainingFigure.figures(of: TrainingTrace(corpus: BuiltInLesson.corpus), named: "training-demo", options: options,
                                      measurer: PangoMeasurer()).map(\.scene)
    }

    let renderer = CairoRenderer()

    @Test("a frame for each scene, at the size of the PNGs, each shown 1.2 s, looping forever, none transparent")
    func blocks() throws {
        let frames = Self.frames()
        let gif = try #require(GIFBlocks(try renderer.gif(frames, scale: 2, delay: 120)))
        let png = try #require(DecodedPNG(try renderer.png(frames[0], scale: 2)))
        #expect(gif.version == "GIF89a")
        #expect((gif.width, gif.height) == (png.width, png.height))
        #expect(gif.loopCount == 0)
        #expect(gif.frames.count == 10)
        #expect(gif.controls == Array(repeating: GIFBlocks.Control(delay: 120, disposal: 1, hasTransparency: false), count: 10))
        let first = gif.frames[0]
        #expect([first.left, first.top, first.width, first.height] as [Int] == [0, 0, png.width, png.height])
        // Later frames store what changed: less than the whole picture.
        #expect(gif.frames.dropFirst().allSatisfy { $0.width * $0.height < png.width * png.height })
    }

    @Test("ImageMagick decodes the frames as their PNGs show them; a transparent theme's GIF is opaque, on white",
          Client.needed("convert"))
    func decodedByImageMagick() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unplugged-gif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, theme) in [("light", Theme.light), ("transparent", Theme.light.transparent)] {
            let frames = Self.frames(theme: theme)
            let gif = folder.appendingPathComponent("\(name).gif")
            try Data(renderer.gif(frames, scale: 2, delay: 120)).write(to: gif)
            let run = try Client.run("convert", [gif.path, "-coalesce", folder.appendingPathComponent("\(name)-%02d.png").path])
            #expect(run.status == 0, "\(run.error)")
            // The first frame, one drawn over it, and the last, drawn over all the others.
            for index in [0, 3, frames.count - 1] {
                let decoded = try #require(DecodedPNG(Array(Data(contentsOf: folder.appendingPathComponent(
                    "\(name)-\(index < 10 ? "0" : "")\(index).png")))))
                #expect(decoded.pixels.allSatisfy { $0 >> 24 == 0xFF }, "\(name) frame \(index) is opaque")
                guard name == "light" else {
                    #expect(decoded.hex(x: 0, y: 0) == "#ffffff")
                    continue
                }
                let png = try #require(DecodedPNG(try renderer.png(frames[index], scale: 2)))
                let difference = try #require(decoded.rmsDifference(from: png), "frame \(index) has the PNG's size")
                // Only antialiased edge pixels move, to the nearest colour of the table.
                #expect(difference / 255 < 0.005, "frame \(index): RMS difference \(difference / 255)")
            }
        }
    }
}
