import Foundation
import Testing

@Suite("unplugged render handout")
struct RenderHandoutTests {
    /// The lesson's context-2 table, kept once for every test target in Tests/Fixtures.
    static let contextTwoCSV = try! String(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/context_two.csv"),
        encoding: .utf8)

    /// The PDF's pages' sizes, from their media boxes, in order.
    func mediaBoxes(_ pdf: Data) -> [String] {
        String(decoding: pdf, as: UTF8.self).split(separator: "\n")
            .filter { $0.contains("/MediaBox") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test("the built-in lesson on A4: one handout.pdf, six A4 pages")
    func builtInA4() throws {
        let folder = try temporaryFolder()
        let run = try CommandRun.unplugged(["render", "handout", "--out", "print"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "wrote print/handout.pdf (6 pages, a4)\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("print").path)
        #expect(files == ["handout.pdf"])
        let pdf = try Data(contentsOf: folder.appendingPathComponent("print/handout.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        #expect(mediaBoxes(pdf) == Array(repeating: "/MediaBox [ 0 0 595.275591 841.889764 ]", count: 6))

        let named = try CommandRun.unplugged(["render", "handout", "--name", "class-kit", "--out", "print"], in: folder)
        #expect(named.standardOutput == "wrote print/class-kit.pdf (6 pages, a4)\n")
        #expect(try Data(contentsOf: folder.appendingPathComponent("print/class-kit.pdf")) == pdf)
    }

    @Test("a context-2 table on Letter: 16 bins give more pages, each 612 × 792; the title is the file name")
    func contextTwoLetter() throws {
        let folder = try temporaryFolder()
        try Data(Self.contextTwoCSV.utf8).write(to: folder.appendingPathComponent("context_two.csv"))
        let run = try CommandRun.unplugged(["render", "handout", "context_two.csv", "--paper", "letter",
                                            "--capacity", "20", "--die", "d20", "--out", "."], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        let pdf = try Data(contentsOf: folder.appendingPathComponent("handout.pdf"))
        let boxes = mediaBoxes(pdf)
        #expect(boxes.count == 9)
        #expect(boxes.allSatisfy { $0 == "/MediaBox [ 0 0 612 792 ]" })
        let dump = try CommandRun.unplugged(["render", "handout", "context_two.csv", "--paper", "letter", "--capacity", "20", "--dump"], in: folder)
        #expect(dump.standardOutput.contains("title \"context_two.csv: Bin labels, page 1 of 9\""))
        #expect(dump.standardOutput.contains("text \"purple pink\""))
        #expect(dump.standardOutput.contains("text \"bin 16 of 16\""))
        #expect(dump.standardOutput.contains("text \"320\""))
    }

    @Test("the front matter's title heads every page")
    func frontMatterTitle() throws {
        let folder = try temporaryFolder()
        try Data("---\ntitle: Cats and dogs\n---\nthe cat sat\n\nthe dog sat\n".utf8)
            .write(to: folder.appendingPathComponent("pets.txt"))
        let run = try CommandRun.unplugged(["render", "handout", "pets.txt", "--dump"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("title \"Cats and dogs: Kit list, page 2 of 6\""))
        #expect(run.standardOutput.contains("text \"Cats and dogs\""))
    }

    @Test("bad option values are usage errors (exit 64); nothing is written", arguments: [
        ["--capacity", "0"], ["--capacity", "1001"], ["--die", "d7"], ["--paper", "a3"],
    ])
    func badOptions(arguments: [String]) throws {
        let folder = try temporaryFolder()
        let run = try CommandRun.unplugged(["render", "handout", "--out", "print"] + arguments, in: folder)
        #expect(run.status == 64)
        #expect(!run.standardError.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("print").path))
    }

    @Test("a bad input: exit 1, the error names file, line and column, no handout is written")
    func badInput() throws {
        let folder = try temporaryFolder()
        try Data(",purple,white\npurple,1,x\n".utf8).write(to: folder.appendingPathComponent("bad.csv"))
        let run = try CommandRun.unplugged(["render", "handout", "bad.csv", "--out", "print"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("error: bad.csv:2:"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("print").path))
    }

    @Test("--symbols writes each word's letter on slide stickies; without it, none")
    func symbolsOnSlides() throws {
        let with = try CommandRun.unplugged(["render", "stickies", "--symbols", "--dump"])
        #expect(with.status == 0, "\(with.standardError)")
        #expect(with.standardOutput.contains("text \"Pi\""))
        let without = try CommandRun.unplugged(["render", "stickies", "--dump"])
        #expect(!without.standardOutput.contains("text \"Pi\""))
    }
}
