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

    @Test("from a documents file: a sticky for every word of the input, end token included")
    func documentsFile() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("lesson.txt")
        try Data("# two documents\nthe cat sat\nthe dog sat\n".utf8).write(to: input)
        let run = try CommandRun.unplugged(["render", "stickies", input.path, "--out", "img"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("img").path)
        // Not the colour lesson: the end token's sticky is named for the end, not white.
        let words = ["cat", "dog", "end", "sat", "the"]
        #expect(files.sorted() == words.flatMap { ["sticky-\($0).png", "sticky-\($0).svg"] })
    }

    @Test("a bad input: exit 1, the error names file, line and column, nothing is written")
    func badInput() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("lesson.txt")
        try Data("---\nend: stop\nbogus: 1\n---\na b\n".utf8).write(to: input)
        let run = try CommandRun.unplugged(["render", "stickies", input.path, "--out", "img"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("error: \(input.path):3:1: "))
        #expect(run.standardError.contains("bogus"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("img").path))
    }

    @Test("--format chooses the files: PDF only gives one PDF per word")
    func pdfOnly() throws {
        let folder = try temporaryFolder()
        let run = try CommandRun.unplugged(["render", "stickies", "--format", "pdf", "--out", folder.path])
        #expect(run.status == 0, "\(run.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 5)
        #expect(files.allSatisfy { $0.hasSuffix(".pdf") })
        let pdf = try Data(contentsOf: folder.appendingPathComponent("sticky-blue.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
    }

    @Test("--dump prints every scene as text and writes nothing")
    func dump() throws {
        let folder = try temporaryFolder()
        let run = try CommandRun.unplugged(["render", "stickies", "--dump"], in: folder)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("# sticky-white\nscene 172x112"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("--theme dark paints the dark background; --transparent none")
    func themes() throws {
        let dark = try CommandRun.unplugged(["render", "stickies", "--theme", "dark", "--dump"])
        #expect(dark.standardOutput.contains("background #1e1f22"))
        let clear = try CommandRun.unplugged(["render", "stickies", "--transparent", "--dump"])
        #expect(clear.standardOutput.contains("background none"))
    }

    @Test("an output folder that is a file: exit 1, an error naming it, nothing written")
    func outputIsAFile() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("taken")
        try Data("keep me".utf8).write(to: file)
        let run = try CommandRun.unplugged(["render", "stickies", "--out", file.path])
        #expect(run.status == 1)
        #expect(run.standardError == "error: \(file.path): is a file, not a folder; choose another output folder\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taken"])
    }

    @Test("an unknown format or a zero scale is a usage error, exit 64", arguments: [
        ["--format", "gif"], ["--scale", "0"],
    ])
    func badOptions(arguments: [String]) throws {
        let run = try CommandRun.unplugged(["render", "stickies"] + arguments)
        #expect(run.status == 64)
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
