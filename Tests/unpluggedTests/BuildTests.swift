import BuildFixtures
import Foundation
import Testing
import UnpluggedBuild

/// A folder with a manifest and its inputs, to build in.
struct LessonFolder {
    let root: URL

    init(files: [String: String]) throws {
        root = try temporaryFolder()
        for (name, text) in files { try write(text, to: name) }
    }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(name))
    }

    func build(_ arguments: [String] = []) throws -> CommandRun {
        try CommandRun.unplugged(["build"] + arguments, in: root)
    }

    /// The output folder's files (not the record or other dot files), sorted.
    func outputs(_ folder: String = "img") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(name))
    }

    /// Each output file's inode and modification time: any write (atomic ones too,
    /// which replace the inode) changes it.
    func stamps(_ folder: String = "img") throws -> [String: String] {
        var stamps: [String: String] = [:]
        for name in try outputs(folder) {
            let attributes = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("\(folder)/\(name)").path)
            stamps[name] = "\(attributes[.systemFileNumber]!) \(attributes[.modificationDate]!)"
        }
        return stamps
    }
}

private let manifest = TwoInputs.manifest
private let animals = TwoInputs.animals
private let stickies = TwoInputs.stickies

@Suite("unplugged build")
struct BuildTests {
    let folder: LessonFolder

    init() throws {
        folder = try LessonFolder(files: [
            "figures.yml": manifest,
            "colours.txt": "green blue purple blue pink\n",
            "animals.txt": animals("cat dog"),
        ])
    }

    @Test("makes every figure, figures.md and index.html; a second build writes nothing")
    func secondBuildWritesNothing() throws {
        let first = try folder.build()
        #expect(first.status == 0, "\(first.standardError)")
        let frames = (0...9).flatMap { ["training-demo0\($0).png", "training-demo0\($0).svg"] }
        let expected = (["figures.md", "index.html"] + stickies(["blue", "cat", "dog", "green", "pink", "purple", "stop", "white"]) + frames).sorted()
        #expect(try folder.outputs() == expected)
        #expect(first.standardOutput == "made \(expected.count), unchanged 0, removed 0 in img\n")
        let before = try folder.stamps()
        let second = try folder.build()
        #expect(second.standardOutput == "made 0, unchanged \(expected.count), removed 0 in img\n")
        #expect(try folder.stamps() == before)
        let forced = try folder.build(["--force"])
        #expect(forced.standardOutput == "made 0, unchanged \(expected.count), removed 0 in img\n")
        #expect(try folder.stamps() == before)
    }

    @Test("a handout entry makes one PDF of many pages, linked from figures.md and index.html")
    func handout() throws {
        try folder.write(manifest + "  - kind: handout\n    input: colours\n    paper: letter\n    name: class-kit\n", to: "figures.yml")
        let run = try folder.build()
        #expect(run.status == 0, "\(run.standardError)")
        let pdf = try folder.bytes("img/class-kit.pdf")
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        let pages = String(decoding: pdf, as: UTF8.self).components(separatedBy: "/Type /Page\n").count - 1
            + String(decoding: pdf, as: UTF8.self).components(separatedBy: "/Type /Page ").count - 1
        #expect(pages > 3, "the handout has \(pages) pages")
        let markdown = String(decoding: try folder.bytes("img/figures.md"), as: UTF8.self)
        #expect(markdown.contains("[Handout: colours.txt](class-kit.pdf) A printable handout of"))
        let html = String(decoding: try folder.bytes("img/index.html"), as: UTF8.self)
        #expect(html.contains("<a href=\"class-kit.pdf\">class-kit.pdf</a>"))
        let stamps = try folder.stamps()
        #expect(try folder.build().standardOutput.hasPrefix("made 0, "))
        #expect(try folder.stamps() == stamps)
        // The PDF is drawn straight into its file and its digest taken as it is written:
        // the record holds the file's SHA-256, and drawn again as it was, it is left as
        // it was, with no temporary copy beside it.
        let record = String(decoding: try folder.bytes("img/.unplugged-build.json"), as: UTF8.self)
        let digest = SHA256.hex(pdf)
        #expect(record.contains("\"class-kit.pdf\" : \"\(digest)\""), "\(record)")
        #expect(try folder.build(["--force"]).standardOutput.hasPrefix("made 0, "))
        #expect(try folder.build(["--force", "--dry-run"]).standardOutput.hasPrefix("would make 0, "))
        #expect(try folder.stamps() == stamps)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: folder.root.appendingPathComponent("img").path)
        #expect(!hidden.contains { $0.hasSuffix(".tmp") }, "\(hidden)")
    }

    @Test("a build that fails once drawing has begun leaves no temporary file, and no output folder it made")
    func failureCleansUp() throws {
        // The stickies are drawn (and written under temporary names) while the
        // generation entry's unknown prompt word stops the build.
        try folder.write(manifest + "  - kind: generation\n    input: colours\n    prompt: [cow]\n", to: "figures.yml")
        let fresh = try folder.build()
        #expect(fresh.status == 1)
        #expect(fresh.standardError.contains("cow"))
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("img").path))

        // An existing output folder: the build stops at a teacher's file in a figure's place.
        try folder.write(manifest, to: "figures.yml")
        #expect(try folder.build().status == 0)
        let img = folder.root.appendingPathComponent("img").path
        try folder.write("my own cow", to: "img/sticky-cow.svg")
        let before = try FileManager.default.contentsOfDirectory(atPath: img).sorted()
        try folder.write(animals("cat dog cow"), to: "animals.txt")
        #expect(try folder.build().status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: img).sorted() == before)
    }

    @Test("a name that leaves the output folder is refused: exit 1, where it is written, nothing written", arguments: ["../x", "/tmp/x"])
    func nameOutsideOutput(name: String) throws {
        try folder.write(manifest + "  - kind: bins\n    name: \(name)\n", to: "figures.yml")
        let run = try folder.build()
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("error: figures.yml:14:11: name: '\(name)' is not a plain file name"))
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("img").path))
    }

    @Test("a misspelt key: exit 1 with a suggestion")
    func misspeltKey() throws {
        try folder.write(manifest + "  - kind: generation\n    promt: [blue]\n", to: "figures.yml")
        let run = try folder.build()
        #expect(run.status == 1)
        #expect(run.standardError == "error: figures.yml:14:5: unknown key 'promt'; did you mean 'prompt'?\n")
    }

    @Test("--dry-run says what it would make and writes nothing")
    func dryRun() throws {
        let run = try folder.build(["--dry-run"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("  make sticky-cat.png\n"))
        #expect(run.standardOutput.hasSuffix("would make 38, unchanged 0, would remove 0 in img\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("img").path))
    }

    @Test("decks: pptx holds every slide-sized PNG as drawn, the stickies sharper; a second build leaves it; --dry-run names it when a figure changes")
    func powerPointDeck() throws {
        try folder.write("decks: [pptx]\n" + manifest, to: "figures.yml")
        let first = try folder.build()
        #expect(first.status == 0, "\(first.standardError)")
        let deck = try folder.bytes("img/slides.pptx")
        #expect(deck.starts(with: Data("PK".utf8)))
        // Stored, not deflated: each slide-sized PNG's bytes are in the deck as they are
        // on disk; a sticky note's is drawn again for the deck, sharp on a 1920-pixel
        // projector, so its own small PNG is not.
        for png in try folder.outputs().filter({ $0.hasSuffix(".png") }) {
            let inDeck = deck.range(of: try folder.bytes("img/\(png)")) != nil
            #expect(inDeck == !png.hasPrefix("sticky-"), "\(png) is \(inDeck ? "" : "not ")in slides.pptx")
        }
        let stamps = try folder.stamps()
        #expect(try folder.build().standardOutput.hasPrefix("made 0, "))
        #expect(try folder.stamps() == stamps)

        try folder.write(animals("cat dog cow"), to: "animals.txt")
        let dry = try folder.build(["--dry-run"])
        #expect(dry.standardOutput.contains("  make slides.pptx\n"))
        #expect(try folder.stamps() == stamps)
        try folder.write("decks: [pptx]\nformats: [svg]\n" + manifest, to: "figures.yml")
        let refused = try folder.build()
        #expect(refused.status == 1)
        #expect(refused.standardError.hasPrefix("error: figures.yml:1:9: the pptx deck shows each figure's PNG, and the figure at line 8 writes none; add png to `formats`"))
    }

    @Test("a manifest elsewhere: paths are relative to it, and so is the output folder")
    func manifestElsewhere() throws {
        let run = try CommandRun.unplugged(["build", folder.root.appendingPathComponent("figures.yml").path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try folder.outputs().contains("sticky-cat.svg"))
    }
}

@Suite("unplugged build: a class's training")
struct ClassTrainingBuildTests {
    @Test("document: all animates every document in turn, frames numbered on")
    func everyDocument() throws {
        let folder = try LessonFolder(files: [
            "figures.yml": "output: img\nformats: svg\ninputs:\n  colours: colours.txt\nfigures:\n  - kind: training\n    input: colours\n    document: all\n",
            "colours.txt": "green blue\nblue pink purple\n",
        ])
        let run = try folder.build()
        #expect(run.status == 0, "\(run.standardError)")
        // Two steps and three: five steps, ten frames.
        let frames = try folder.outputs().filter { $0.hasPrefix("training-demo") }
        #expect(frames == (0...9).map { String(format: "training-demo%02d.svg", $0) })
        let svg = try String(decoding: folder.bytes("img/training-demo04.svg"), as: UTF8.self)
        #expect(svg.contains("Document 2 of 2, step 1 of 3: the context is blue"))
    }
}
