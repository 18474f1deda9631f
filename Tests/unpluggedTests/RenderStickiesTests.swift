import Foundation
import Testing

@Suite("unplugged render stickies")
struct RenderStickiesTests {
    @Test("writes an SVG and a PNG per word of the built-in lesson, end token included")
    func builtInLesson() throws {
        let folder = try temporaryFolder()
        let run = try CommandRun.unplugged(["render", "stickies", "--out", folder.path])
        #expect(run.status == 0, "\(run.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let words = ["blue", "green", "pink", "purple", "white"]
        #expect(files == words.flatMap { ["sticky-\($0).png", "sticky-\($0).svg"] })
    }

    @Test("an unknown kind is a usage error, exit 64")
    func unknownKind() throws {
        let run = try CommandRun.unplugged(["render", "teapots"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("teapots"))
    }
}
