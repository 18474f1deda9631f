import Foundation
import Testing

/// `render compare LEFT --with RIGHT` and a manifest's `with`: the second input is
/// asked for where it is missing, refused where it does not belong, and named the way
/// it was written.
@Suite("unplugged render compare")
struct CompareCommandTests {
    let folder: LessonFolder

    init() throws {
        folder = try LessonFolder(files: [
            "left.txt": "---\ntitle: Left half\nvocabulary: [purple, blue, green, pink]\n---\nblue green\nblue green pink\n",
            "right.txt": "---\ntitle: Right half\nvocabulary: [purple, blue, green, pink]\n---\nblue pink\nblue purple\n",
        ])
    }

    @Test("two halves side by side: an SVG whose title names both halves")
    func sideBySide() throws {
        let run = try CommandRun.unplugged(["render", "compare", "left.txt", "--with", "right.txt", "--format", "svg", "--out", "."],
                                           in: folder.root)
        #expect(run.status == 0, "\(run.standardError)")
        let svg = try String(contentsOf: folder.root.appendingPathComponent("compare.svg"), encoding: .utf8)
        #expect(svg.contains("Left half and Right half side by side"))
    }

    @Test("compare without --with is a usage error naming it; --with on another kind is refused")
    func missingOrMisplacedWith() throws {
        let missing = try CommandRun.unplugged(["render", "compare", "left.txt", "--out", "out"], in: folder.root)
        #expect(missing.status == 64)
        #expect(missing.standardError.hasPrefix("error: compare needs --with RIGHT"), "\(missing.standardError)")
        let misplaced = try CommandRun.unplugged(["render", "bins", "left.txt", "--with", "right.txt", "--out", "out"], in: folder.root)
        #expect(misplaced.status == 64)
        #expect(misplaced.standardError.hasPrefix("error: --with: it shapes compare figures, not bins"), "\(misplaced.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("out").path))
    }

    @Test("a manifest's compare without `with` stops the build at the entry, nothing written")
    func manifestWithoutWith() throws {
        try folder.write("output: img\ninputs:\n  left: left.txt\nfigures:\n  - kind: compare\n    input: left\n", to: "figures.yml")
        let run = try folder.build()
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("error: figures.yml:5:5: this compare figure has no `with`"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("img").path))
    }
}
