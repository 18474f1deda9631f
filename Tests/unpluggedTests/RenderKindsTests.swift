import Foundation
import GIFBlockReader
import Testing

@Suite("unplugged render: every kind")
struct RenderKindsTests {
    func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("training the reference document writes training-demo00 to 09, each with its step as alt text")
    func trainingDemo() throws {
        let folder = try temporaryFolder()
        let run = try CommandRun.unplugged(["render", "training", "--out", folder.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try files(in: folder) == (0...9).flatMap { ["training-demo0\($0).png", "training-demo0\($0).svg"] })
        let svg = try String(contentsOf: folder.appendingPathComponent("training-demo03.svg"), encoding: .utf8)
        #expect(svg.contains("<desc id=\"desc\">Step 2 of 5: after blue comes purple, so a purple ball goes into the blue bin.</desc>"))
    }

    @Test("--format png,gif writes the frames and one GIF of them, named by the sequence, each frame --frame-time seconds")
    func trainingGIF() throws {
        let folder = try temporaryFolder()
        let run = try CommandRun.unplugged(["render", "training", "--format", "png,gif", "--frame-time", "0.5", "--out", folder.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try files(in: folder) == ["training-demo.gif"] + (0...9).map { "training-demo0\($0).png" })
        let gif = try #require(GIFBlocks(Array(Data(contentsOf: folder.appendingPathComponent("training-demo.gif")))))
        #expect(gif.frames.count == 10)
        #expect(gif.controls.map(\.delay) == Array(repeating: 50, count: 10))
    }

    @Test("gif for a kind that is not a sequence, or without a format of the frames: exit 64 naming the flag, nothing written")
    func gifMisused() throws {
        let folder = try temporaryFolder()
        let stickies = try CommandRun.unplugged(["render", "stickies", "--format", "svg,gif", "--out", "out"], in: folder)
        #expect(stickies.status == 64)
        #expect(stickies.standardError.contains("error: --formats: gif is for the sequences training and generation, not stickies"))
        let alone = try CommandRun.unplugged(["render", "generation", "--prompt", "blue", "--format", "gif", "--out", "out"], in: folder)
        #expect(alone.status == 64)
        #expect(alone.standardError.contains("error: --formats: a GIF is written beside its frames"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("tokens counts nothing: --pad-start and --context are refused for it, naming the flag, nothing written")
    func tokensTakeNoCounting() throws {
        let folder = try temporaryFolder()
        try "the cat sat\n".write(to: folder.appendingPathComponent("words.txt"), atomically: true, encoding: .utf8)
        for flags in [["--pad-start"], ["--context", "2"]] {
            let run = try CommandRun.unplugged(["render", "tokens", "words.txt", "--out", "out"] + flags, in: folder)
            #expect(run.status == 64)
            #expect(run.standardError.hasPrefix("error: \(flags[0]): it shapes every kind but tokens; leave it out of this tokens figure"),
                    "\(run.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("every kind renders from a documents file, under its default name or --name")
    func everyKind() throws {
        let folder = try temporaryFolder()
        try Data("green blue purple blue pink\nblue green green pink\n".utf8)
            .write(to: folder.appendingPathComponent("lesson.txt"))
        let expected = [
            "table": ["table.svg"], "bins": ["trained-model.svg"], "overview": ["clean-train.svg"], "graph": ["graph.svg"],
        ]
        for (kind, names) in expected.sorted(by: { $0.key < $1.key }) {
            let out = folder.appendingPathComponent(kind)
            let run = try CommandRun.unplugged(["render", kind, "lesson.txt", "--format", "svg", "--out", out.path], in: folder)
            #expect(run.status == 0, "\(kind): \(run.standardError)")
            #expect(try files(in: out) == names, "\(kind)")
        }
        let run = try CommandRun.unplugged(["render", "generation", "lesson.txt", "--prompt", "green", "--seed", "3",
                                            "--name", "story", "--format", "svg", "--out", "gen"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        let frames = try files(in: folder.appendingPathComponent("gen"))
        #expect(frames.first == "story00.svg" && frames.count >= 2)
    }

    @Test("context_two.csv: sixteen labelled bins, every count a ball")
    func contextTwoBins() throws {
        let folder = try temporaryFolder()
        let table = ",,purple,blue,green,pink,white\n" + ["purple", "blue", "green", "pink"].flatMap { first in
            ["purple", "blue", "green", "pink"].map { "\(first),\($0),1,2,3,4,5" }
        }.joined(separator: "\n") + "\n"
        try Data(table.utf8).write(to: folder.appendingPathComponent("context_two.csv"))
        let run = try CommandRun.unplugged(["render", "bins", "context_two.csv", "--format", "svg", "--out", "."], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        let svg = try String(contentsOf: folder.appendingPathComponent("trained-model.svg"), encoding: .utf8)
        #expect(svg.contains("<title id=\"title\">The trained model: 16 bins</title>"))
        #expect(svg.contains("The green\u{2013}pink bin holds 15 balls"))
    }

    @Test("what the input cannot make: exit 1, a message naming the input and the fix, nothing written")
    func impossibleRequests() throws {
        let folder = try temporaryFolder()
        try Data(",purple,blue,white\npurple,1,2,3\nblue,3,2,1\n".utf8).write(to: folder.appendingPathComponent("init.csv"))
        // The second document fills a context of 5 words, so the model has counts.
        try Data("green blue\nblue green pink purple blue green\n".utf8).write(to: folder.appendingPathComponent("lesson.txt"))
        let cases: [([String], String)] = [
            (["training", "init.csv"], "init.csv: a count table has no documents to train on"),
            (["training", "lesson.txt", "--document", "3"], "--document: lesson.txt has no document 3: it has 2 documents; choose a document from 1 to 2"),
            (["generation", "init.csv", "--prompt", "orange"], "--prompt: the prompt word `orange` is not in the model's vocabulary"),
            (["table", "lesson.txt", "--contexts", "green,bleu"], "--contexts: the model has no context `bleu`: no balls follow it; did you mean `blue`?"),
            (["bins", "lesson.txt", "--contexts", "green blue"], "--contexts: the context `green blue` has 2 words, but this model's contexts have 1 word"),
            (["overview", "lesson.txt", "--context", "5"], "--document: document 1 of lesson.txt is shorter than a context of 5 words"),
            (["overview", "lesson.txt", "--document", "all"], "--document: an overview shows the arrows of one document, not all; choose a document from 1 to 2"),
        ]
        for (arguments, message) in cases {
            let run = try CommandRun.unplugged(["render"] + arguments + ["--out", "out"], in: folder)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.standardError.hasPrefix("error: \(message)"), "\(arguments): \(run.standardError)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        }
    }

    @Test("a document that is not a number from 1 or all is a usage error naming --document", arguments: ["0", "none"])
    func badDocument(value: String) throws {
        let run = try CommandRun.unplugged(["render", "training", "--document", value])
        #expect(run.status == 64)
        #expect(run.standardError.hasPrefix("error: --document: '\(value)' is not a document number of 1 or more, nor all"),
                "\(run.standardError)")
    }

    @Test("bad figure options are usage errors, exit 64")
    func usageErrors() throws {
        for arguments in [["--document", "0"], ["--top", "0"], ["--max-length", "0"], ["--name", "../x"],
                          ["--prompt", "blue,,green"], ["--frames", "three"], ["--balls", "sorted"],
                          ["--paper", "letter"], ["--capacity", "20"], ["--die", "d6"]] {
            let run = try CommandRun.unplugged(["render", "training"] + arguments)
            #expect(run.status == 64, "\(arguments): \(run.standardError)")
        }
    }
}

@Suite("unplugged render: output folders")
struct OutputFolderTests {
    @Test("one-letter output folders, nested or not, are made and filled", arguments: ["o", "o/x", "o/x/"])
    func oneLetterFolders(out: String) throws {
        let folder = try temporaryFolder()
        let run = try CommandRun.unplugged(["render", "stickies", "--format", "svg", "--out", out], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        let made = folder.appendingPathComponent(out).appendingPathComponent("sticky-blue.svg")
        #expect(FileManager.default.fileExists(atPath: made.path))
    }
}

@Suite("unplugged render: a figure of any size on its slide")
struct OversizedFigureTests {
    @Test("a table of 500 columns is drawn on its 16:9 slide, a PNG of 1920 × 1080 at scale 2, not a PNG Cairo cannot hold")
    func tooWide() throws {
        let folder = try temporaryFolder()
        let words = (0..<500).map { "w\($0)" }
        var table = "," + words.joined(separator: ",") + "\n"
        for (row, word) in words.enumerated().dropLast() {
            table += word + "," + words.indices.map { $0 == row + 1 ? "1" : "0" }.joined(separator: ",") + "\n"
        }
        try Data(table.utf8).write(to: folder.appendingPathComponent("wide.csv"))
        let run = try CommandRun.unplugged(["render", "table", "wide.csv", "--top", "500", "--formats", "png", "--out", "out"],
                                           in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        let png = try Data(contentsOf: folder.appendingPathComponent("out/table.png"))
        // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
        let size = [16, 20].map { start in png[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(size == [1920, 1080])
    }
}

@Suite("unplugged render stickies --name")
struct StickyNameTests {
    @Test("--name replaces the stickies' stem: note-blue, note-white, ...")
    func stem() throws {
        let folder = try temporaryFolder()
        let run = try CommandRun.unplugged(["render", "stickies", "--name", "note", "--format", "svg", "--out", "."], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["note-blue.svg", "note-green.svg", "note-pink.svg", "note-purple.svg", "note-white.svg"])
    }
}
