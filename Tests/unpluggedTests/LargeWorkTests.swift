import Foundation
import Testing

/// Large work is said before it is done: a handout's pages and a sticky set's files
/// are counted first, and over the limit the command stops at once, writing nothing.
@Suite("unplugged: large handouts and sticky sets refused before drawing")
struct LargeWorkTests {
    /// 200 short lines of some 900 words, each line its own: a fortune-cookie file.
    static let fortunes = (0..<200).map { line in
        (0..<6).map { "w\(($0 * 151 + line * 37 + $0 * line) % 900)" }.joined(separator: " ")
    }.joined(separator: "\n") + "\n"

    static let corpora = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/corpora").standardized

    /// Runs `arguments` in `folder`, timing it.
    func timed(_ arguments: [String], in folder: URL) throws -> (run: CommandRun, seconds: Double) {
        let start = Date()
        let run = try CommandRun.unplugged(arguments, in: folder)
        return (run, Date().timeIntervalSince(start))
    }

    /// The number in "the handout would be N pages".
    func predictedPages(_ error: String) -> Int? {
        guard let range = error.range(of: "would be ") else { return nil }
        return Int(error[range.upperBound...].prefix { $0.isNumber })
    }

    @Test("a handout of 200 lines is refused within a second, saying how many pages and how to choose fewer; an existing PDF is untouched")
    func largeHandoutRefused() throws {
        let folder = try temporaryFolder()
        try Data(Self.fortunes.utf8).write(to: folder.appendingPathComponent("fortunes.txt"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("print"), withIntermediateDirectories: true)
        let old = Data("an earlier handout".utf8)
        try old.write(to: folder.appendingPathComponent("print/handout.pdf"))
        let (run, seconds) = try timed(["render", "handout", "fortunes.txt", "--out", "print"], in: folder)
        #expect(run.status == 1)
        #expect(seconds < 1, "took \(seconds) s")
        #expect(run.standardOutput.isEmpty)
        let error = run.standardError
        #expect(error.hasPrefix("error: --max-pages: the handout would be "))
        #expect(error.contains("more than 60"))
        #expect(error.contains("--contexts") && error.contains("--top") && error.contains("--max-pages "))
        #expect(error.split(separator: "\n").count == 1)
        #expect(try Data(contentsOf: folder.appendingPathComponent("print/handout.pdf")) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("print").path) == ["handout.pdf"])
    }

    @Test("a sticky set of 900 words is refused within a second and writes nothing; fewer formats or a raised limit allow it")
    func largeStickySetRefused() throws {
        let folder = try temporaryFolder()
        try Data(Self.fortunes.utf8).write(to: folder.appendingPathComponent("fortunes.txt"))
        let (run, seconds) = try timed(["render", "stickies", "fortunes.txt", "--out", "notes"], in: folder)
        #expect(run.status == 1)
        #expect(seconds < 1, "took \(seconds) s")
        #expect(run.standardError.hasPrefix("error: --max-files: the sticky notes would be "))
        #expect(run.standardError.contains("--formats") && run.standardError.contains("--max-files "))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes").path))

        let allowed = try CommandRun.unplugged(["render", "stickies", "fortunes.txt", "--formats", "svg", "--max-files", "1000",
                                                "--out", "notes"], in: folder)
        #expect(allowed.status == 0, "\(allowed.standardError)")
        #expect(allowed.standardOutput.hasSuffix("files to notes\n"))
    }

    @Test("in a manifest, the refusal names the entry's max-pages key, and nothing is written", arguments: [true, false])
    func manifestRefusal(writesKey: Bool) throws {
        let folder = try temporaryFolder()
        try Data(Self.fortunes.utf8).write(to: folder.appendingPathComponent("fortunes.txt"))
        let manifest = "output: img\ninputs:\n  fortunes: fortunes.txt\nfigures:\n  - kind: stickies\n  - kind: handout\n    input: fortunes\n"
            + (writesKey ? "    max-pages: 10\n" : "")
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("figures.yml"))
        let run = try CommandRun.unplugged(["build"], in: folder)
        #expect(run.status == 1)
        let place = writesKey ? "figures.yml:8:5: max-pages: " : "figures.yml:6:5: max-pages: "
        #expect(run.standardError.hasPrefix("error: \(place)the handout would be "), "\(run.standardError)")
        #expect(run.standardError.contains(writesKey ? "more than 10" : "more than 60"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("img").path))
    }

    @Test("the pages a handout is said to have are the pages it makes, and a raised limit allows them",
          arguments: [[String](), ["class-lower.txt"], ["names.txt"], ["class-lower.txt", "--context", "2"], ["sentences.txt", "--paper", "letter"]])
    func predictedPagesAreMade(input: [String]) throws {
        let folder = try temporaryFolder()
        for name in ["class-lower.txt", "names.txt", "sentences.txt"] {
            try FileManager.default.copyItem(at: Self.corpora.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let refused = try CommandRun.unplugged(["render", "handout"] + input + ["--max-pages", "1", "--out", "."], in: folder)
        #expect(refused.status == 1)
        let predicted = try #require(predictedPages(refused.standardError), "\(refused.standardError)")
        let made = try CommandRun.unplugged(["render", "handout"] + input + ["--max-pages", "\(predicted)", "--out", "."], in: folder)
        #expect(made.status == 0, "\(made.standardError)")
        #expect(made.standardOutput.contains("(\(predicted) pages,"))
        let pdf = String(decoding: try Data(contentsOf: folder.appendingPathComponent("handout.pdf")), as: UTF8.self)
        #expect(pdf.components(separatedBy: "/MediaBox").count - 1 == predicted)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.hasPrefix(".handout") }))
    }

    @Test("a class's sixteen sentences make a compact handout: its tables list each context's next words")
    func classHandoutIsCompact() throws {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(at: Self.corpora.appendingPathComponent("class-lower.txt"),
                                         to: folder.appendingPathComponent("class-lower.txt"))
        let run = try CommandRun.unplugged(["render", "handout", "class-lower.txt", "--dump"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        let pages = run.standardOutput.components(separatedBy: "# handout page ").count - 1
        #expect(pages <= 20, "\(pages) pages")
        #expect(run.standardOutput.contains("text \"next words, likeliest first\""))
    }
}
