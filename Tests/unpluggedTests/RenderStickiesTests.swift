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

@Suite("Repeatable output")
struct RepeatableOutputTests {
    @Test("two processes write byte-identical SVG and PNG files")
    func twoProcessesSameBytes() throws {
        let first = try temporaryFolder(), second = try temporaryFolder()
        #expect(try CommandRun.unplugged(["render", "stickies", "--out", first.path]).status == 0)
        #expect(try CommandRun.unplugged(["render", "stickies", "--out", second.path]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
        #expect(names.count == 10)
        for name in names {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between runs")
        }
    }

    @Test("every SVG names its drawing surface1, whatever was drawn before it in the process")
    func surfaceIdsAreRenumbered() throws {
        let folder = try temporaryFolder()
        #expect(try CommandRun.unplugged(["render", "stickies", "--out", folder.path]).status == 0)
        for word in ["purple", "blue", "green", "pink", "white"] {
            let svg = try String(contentsOf: folder.appendingPathComponent("sticky-\(word).svg"), encoding: .utf8)
            #expect(svg.contains("id=\"surface1\""))
            #expect(!svg.contains("surface2"))
        }
    }
}
