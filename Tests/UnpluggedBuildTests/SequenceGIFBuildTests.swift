import Foundation
import Testing
import UnpluggedBuild

/// A manifest asking for GIFs at the top: the training sequence gets one, the stickies none.
private func manifest(formats: String = "[svg, png, gif]", frameTime: String = "") -> String {
    """
    output: img
    formats: \(formats)
    \(frameTime)
    inputs:
      colours: colours.txt
    figures:
      - kind: stickies
        input: colours
      - kind: training
        input: colours

    """
}

/// `gif` in `formats`: one GIF per sequence, kept by the build like every other file.
@Suite("Builder: the GIFs of sequences")
struct SequenceGIFBuildTests {
    let folder: BuildFolder

    init() throws {
        folder = try BuildFolder(files: ["figures.yml": manifest(), "colours.txt": "green blue purple blue pink\n"])
    }

    @Test("a top-level gif writes one GIF of the training sequence, recorded with its frames; the stickies get none")
    func recorded() throws {
        let (plan, drawn) = try folder.build()
        #expect(drawn.filter { $0.hasSuffix(".gif") } == ["training-demo.gif"])
        #expect(plan.writes.contains("training-demo.gif"))
        #expect(folder.text("img/training-demo.gif")?.hasPrefix("gif at 2.0, 10 frames of 120 hundredths\n") == true)
        let record = try BuildRecord.load(from: folder.path("img"), tool: "unplugged test")
        #expect(record.files["training-demo.gif"] != nil)
        #expect(record.entries[1].files.last == "training-demo.gif")
        #expect(record.entries[0].files.allSatisfy { !$0.hasSuffix(".gif") })
    }

    @Test("the gallery shows the GIF once, before its first frame; figures.md lists the frames only")
    func pages() throws {
        try folder.build()
        let html = try #require(folder.text("img/index.html"))
        #expect(html.components(separatedBy: "<img src=\"training-demo.gif\"").count == 2)
        let gif = try #require(html.range(of: "training-demo.gif"))
        let firstFrame = try #require(html.range(of: "training-demo00.svg"))
        #expect(gif.lowerBound < firstFrame.lowerBound)
        #expect(folder.text("img/figures.md")?.contains(".gif") == false)
    }

    @Test("a changed input or frame time draws the GIF again; the stickies only when their input changes")
    func rebuilt() throws {
        try folder.build()
        try folder.write("green blue green pink\n", to: "colours.txt")
        let changed = try folder.build()
        #expect(changed.drawn.contains("training-demo.gif"))
        #expect(changed.plan.writes.contains("training-demo.gif"))

        try folder.write(manifest(frameTime: "frame-time: 0.8"), to: "figures.yml")
        let slower = try folder.build()
        #expect(slower.drawn.contains("training-demo.gif"))
        #expect(!slower.drawn.contains { $0.hasPrefix("sticky-") })
        #expect(folder.text("img/training-demo.gif")?.hasPrefix("gif at 2.0, 8 frames of 80 hundredths\n") == true)
    }

    @Test("document: all is one sequence: one GIF of every document's frames in turn")
    func everyDocument() throws {
        try folder.write("green blue purple blue pink\nblue green pink\n", to: "colours.txt")
        try folder.write(manifest() + "    document: all\n", to: "figures.yml")
        let (_, drawn) = try folder.build()
        #expect(drawn.filter { $0.hasSuffix(".gif") } == ["training-demo.gif"])
        let frames = drawn.filter { $0.hasPrefix("training-demo") && $0.hasSuffix(".png") }.count
        #expect(frames == 10 + 6)
        #expect(folder.text("img/training-demo.gif")?.hasPrefix("gif at 2.0, \(frames) frames of 120 hundredths\n") == true)
    }

    @Test("gif taken out of formats removes the GIF and draws nothing else again")
    func removed() throws {
        try folder.build()
        try folder.write(manifest(formats: "[svg, png]"), to: "figures.yml")
        let (plan, drawn) = try folder.build()
        #expect(plan.removals == ["training-demo.gif"])
        #expect(!folder.exists("img/training-demo.gif"))
        #expect(drawn.allSatisfy { !$0.hasPrefix("sticky-") })
        #expect(folder.text("img/index.html")?.contains(".gif") == false)
    }
}
