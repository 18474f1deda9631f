import BuildFixtures
import Foundation
import Testing
import UnpluggedBuild
import UnpluggedModel

private let manifest = TwoInputs.manifest
private let animals = TwoInputs.animals
private let stickies = TwoInputs.stickies

private func frames(_ numbers: ClosedRange<Int>) -> [String] {
    numbers.flatMap { ["training-demo0\($0).png", "training-demo0\($0).svg"] }
}

private let pages = ["figures.md", "index.html"]

/// Every figure of the manifest, as the first build makes them.
private let figures = (stickies(["blue", "cat", "dog", "green", "pink", "purple", "stop", "white"]) + frames(0...9)).sorted()

/// What `build` decides, with a drawer that only writes text: which entries are drawn
/// again, which files are written, removed or left alone.
@Suite("Builder")
struct BuilderTests {
    let folder: BuildFolder

    init() throws {
        folder = try BuildFolder(files: [
            "figures.yml": manifest,
            "colours.txt": "green blue purple blue pink\n",
            "animals.txt": animals("cat dog"),
        ])
    }

    @Test("the first build draws and writes every file, figures.md, index.html and the record")
    func firstBuild() throws {
        let (plan, drawn) = try folder.build()
        #expect(drawn == figures)
        #expect(plan.writes == (figures + pages).sorted())
        #expect(plan.unchanged.isEmpty && plan.removals.isEmpty && plan.kept.isEmpty)
        #expect(folder.listing() == ([BuildLock.fileName, BuildRecord.fileName] + figures + pages).sorted())
        #expect(folder.text("img/sticky-cat.svg")?.hasPrefix("svg at 2.0\n") == true)
    }

    @Test("a second build draws nothing and writes nothing; --force draws all and still writes nothing")
    func secondBuild() throws {
        try folder.build()
        let before = folder.stamps()
        let (plan, drawn) = try folder.build()
        #expect(drawn.isEmpty)
        #expect(plan.writes.isEmpty && plan.removals.isEmpty)
        #expect(plan.unchanged.sorted() == (figures + pages).sorted())
        #expect(folder.stamps() == before)

        let forced = try folder.build(force: true)
        #expect(forced.drawn == figures)
        #expect(forced.plan.writes.isEmpty)
        #expect(folder.stamps() == before)
    }

    @Test("a changed input byte draws only the entries that read it, and writes only the files that change")
    func changedInput() throws {
        try folder.build()
        let before = folder.stamps()
        try folder.write(animals("cat dog cow"), to: "animals.txt")
        let (plan, drawn) = try folder.build()
        #expect(drawn == stickies(["cat", "cow", "dog", "stop"]))
        #expect(plan.writes == (pages + stickies(["cow"])).sorted())
        let after = folder.stamps()
        #expect(after.keys.filter { after[$0] != before[$0] }.sorted() == (plan.writes + [BuildRecord.fileName]).sorted())

        // A comment changes the input's bytes but no figure: drawn again, nothing written.
        try folder.write(animals("# farm animals\ncat dog cow"), to: "animals.txt")
        let comment = try folder.build()
        #expect(comment.drawn == stickies(["cat", "cow", "dog", "stop"]))
        #expect(comment.plan.writes.isEmpty)
    }

    @Test("a changed option draws only its entry")
    func changedOption() throws {
        try folder.build()
        try folder.write(manifest.replacingOccurrences(of: "    document: 1\n", with: "    document: 1\n    frames: one\n"),
                         to: "figures.yml")
        let (plan, drawn) = try folder.build()
        #expect(drawn == frames(0...4))
        #expect(plan.writes == (frames(0...4) + pages).sorted())
        #expect(plan.removals == frames(5...9))
    }

    @Test("a shorter sequence and a word fewer remove the stale files build wrote, and nothing else")
    func staleFilesRemoved() throws {
        try folder.build()
        try folder.write("my notes", to: "img/notes.txt")
        try folder.write("green blue\n", to: "colours.txt")
        let (plan, _) = try folder.build()
        #expect(plan.removals == (stickies(["pink", "purple"]) + frames(4...9)).sorted())
        #expect(folder.listing() == ([BuildLock.fileName, BuildRecord.fileName, "notes.txt"] + pages
            + stickies(["blue", "cat", "dog", "green", "stop", "white"]) + frames(0...3)).sorted())
        #expect(folder.text("img/notes.txt") == "my notes")
    }

    @Test("a figure that would replace a file build did not write stops the build, and nothing changes")
    func usersFileInTheWay() throws {
        try folder.build()
        try folder.write("my own cow", to: "img/sticky-cow.svg")
        try folder.write(animals("cat dog cow"), to: "animals.txt")
        let before = folder.stamps()
        let error = #expect(throws: FileError.self) { try folder.build() }
        #expect(error?.path == folder.path("img/sticky-cow.svg"))
        #expect(error?.reason == "is not a file build wrote, and build would replace it "
            + "(\(folder.path("figures.yml")) makes sticky-cow.svg); move it away, or give the figure another name")
        #expect(folder.stamps() == before)
        #expect(folder.text("img/sticky-cow.svg") == "my own cow")
    }

    @Test("a file build wrote and someone changed since is kept, not removed, and is no longer build's")
    func changedSinceWritten() throws {
        try folder.build()
        try folder.write("my pink", to: "img/sticky-pink.svg")
        try folder.write("green blue purple\n", to: "colours.txt")
        let built = try folder.builder(drawer: DumpDrawer()).run()
        #expect(built.plan.kept == ["sticky-pink.svg"])
        #expect(built.plan.removals.contains("sticky-pink.png"))
        #expect(built.description.hasSuffix("; kept sticky-pink.svg: changed since build wrote them"))
        #expect(folder.text("img/sticky-pink.svg") == "my pink")

        // Now it is the teacher's: a figure that would replace it stops the build.
        try folder.write("green blue purple pink\n", to: "colours.txt")
        #expect(throws: FileError.self) { try folder.build() }
        #expect(folder.text("img/sticky-pink.svg") == "my pink")
    }

    @Test("a figure build wrote and someone changed since is drawn again and replaced")
    func editedFigureRedrawn() throws {
        try folder.build()
        let original = folder.text("img/sticky-cat.svg")
        try folder.write("scribbled on", to: "img/sticky-cat.svg")
        let (plan, drawn) = try folder.build()
        #expect(drawn == stickies(["cat", "dog", "stop"]))
        #expect(plan.writes == ["sticky-cat.svg"])
        #expect(folder.text("img/sticky-cat.svg") == original)
    }

    @Test("a file that fails to draw leaves a new folder unmade, and an old one as it was, without temporary files")
    func failingEntry() throws {
        #expect(throws: DrawingFailed.self) { try folder.build(failing: "training-demo07.png") }
        #expect(!folder.exists("img"))

        try folder.build()
        try folder.write("green blue purple blue pink blue\n", to: "colours.txt")
        let before = folder.stamps()
        #expect(throws: DrawingFailed.self) { try folder.build(failing: "training-demo11.png") }
        #expect(folder.stamps() == before)
    }

    @Test("a context the model lacks stops the build at the contexts key, and nothing is written")
    func entryContextTheModelLacks() throws {
        try folder.build()
        let before = folder.stamps()
        try folder.write(manifest + "  - kind: table\n    input: colours\n    contexts: [blue, cow]\n", to: "figures.yml")
        let error = #expect(throws: InputError.self) { try folder.build() }
        #expect(error.map { "\($0)".hasPrefix("\(folder.path("figures.yml")):15:5: contexts: the model has no context `cow`") } == true)
        #expect(folder.stamps() == before)
    }

    @Test("an entry its input cannot make stops the build at the option's place, and nothing is written")
    func entryInputCannotMake() throws {
        try folder.build()
        let before = folder.stamps()
        try folder.write(manifest + "  - kind: generation\n    input: colours\n    prompt: [cow]\n", to: "figures.yml")
        let error = #expect(throws: InputError.self) { try folder.build() }
        #expect(error.map { "\($0)".hasPrefix("\(folder.path("figures.yml")):15:5: prompt: ") } == true)
        #expect(error.map { "\($0)".contains("`cow`") } == true)
        #expect(folder.stamps() == before)
    }

    @Test("a bad input stops the build at its place in the input, and nothing is written")
    func badInput() throws {
        try folder.build()
        let before = folder.stamps()
        try folder.write("---\nbogus: 1\n---\ncat\n", to: "animals.txt")
        let error = #expect(throws: InputError.self) { try folder.build() }
        #expect(error?.file == folder.path("animals.txt"))
        #expect(error?.line == 2 && error?.column == 1)
        #expect(folder.stamps() == before)
    }

    @Test("two entries that make the same file stop the build before anything is written")
    func fileMadeTwice() throws {
        try folder.write(manifest + "  - kind: stickies\n    input: colours\n", to: "figures.yml")
        let error = #expect(throws: InputError.self) { try folder.build() }
        #expect(error?.problem == "this figure writes sticky-green.svg, as the figure at line 6 does")
        #expect(!folder.exists("img"))
    }

    @Test("a dry run plans as a build would and writes nothing")
    func dryRun() throws {
        let fresh = try folder.build(dryRun: true)
        #expect(fresh.plan.writes == (figures + pages).sorted())
        #expect(!folder.exists("img"))

        try folder.build()
        try folder.write("green blue\n", to: "colours.txt")
        let before = folder.stamps()
        let (plan, _) = try folder.build(dryRun: true)
        #expect(plan.removals == (stickies(["pink", "purple"]) + frames(4...9)).sorted())
        // Every frame shows the whole document, so the frames kept change too.
        #expect(plan.writes == (pages + frames(0...3)).sorted())
        #expect(folder.stamps() == before)
    }

    @Test("the temporary files of a killed build are cleared away; other dot files are not")
    func leftoverTemporaryFiles() throws {
        try folder.build()
        try folder.write("half a sticky", to: "img/.sticky-cat.svg.4242.tmp")
        try folder.write("mine", to: "img/.notes.4242.tmp")
        try folder.write(animals("cat dog cow"), to: "animals.txt")
        try folder.build()
        #expect(!folder.exists("img/.sticky-cat.svg.4242.tmp"))
        #expect(folder.text("img/.notes.4242.tmp") == "mine")
    }

    @Test("figures.md and index.html list every figure in the manifest's order, drawn now or not")
    func pagesList() throws {
        try folder.build()
        try folder.write(animals("cat dog cow"), to: "animals.txt")
        try folder.build()
        let markdown = try #require(folder.text("img/figures.md"))
        let listed = markdown.components(separatedBy: "```{figure} ").dropFirst().map { String($0.prefix { $0 != "\n" }) }
        #expect(listed == ["green", "blue", "purple", "pink", "white", "cat", "dog", "cow", "stop"].map { "sticky-\($0).svg" }
            + (0...9).map { "training-demo0\($0).svg" })
        #expect(markdown.contains(":alt: A green sticky note"))
        #expect(folder.text("img/index.html")?.contains("<img src=\"sticky-cow.svg\"") == true)
    }

    @Test("changing the input a compare figure is compared with draws it again")
    func compareWith() throws {
        let compare = try BuildFolder(files: [
            "figures.yml": "output: img\ninputs:\n  left: left.txt\n  right: right.txt\nfigures:\n  - kind: compare\n    input: left\n    with: right\n",
            "left.txt": "green blue purple\n", "right.txt": "blue green purple\n",
        ])
        #expect(try compare.build().drawn == ["compare.png", "compare.svg"])
        #expect(try compare.build().drawn.isEmpty)
        try compare.write("blue green green purple\n", to: "right.txt")
        #expect(try compare.build().drawn == ["compare.png", "compare.svg"])
    }
}
