import Foundation
import Testing
import UnpluggedBuild

private let manifest = """
    output: img
    inputs:
      colours: colours.txt
    figures:
      - kind: stickies
        input: colours
      - kind: training
        input: colours

    """

/// The hidden files of the output folder: the record and the lock, and any
/// temporary file a build left behind.
private func hiddenFiles(_ folder: LessonFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.root.appendingPathComponent("img").path)
        .filter { $0.hasPrefix(".") }.sorted()
}

/// Two builds of one folder at once, as from a `watch` and a `build` in two terminals.
@Suite("unplugged build, two at once")
struct ConcurrentBuildTests {
    let folder: LessonFolder

    init() throws {
        folder = try LessonFolder(files: ["figures.yml": manifest, "colours.txt": "green blue purple blue pink\n"])
        try FileManager.default.createDirectory(at: folder.root.appendingPathComponent("other"), withIntermediateDirectories: false)
    }

    private func text(_ name: String) -> String {
        String(decoding: (try? folder.bytes(name)) ?? Data(), as: UTF8.self)
    }

    @Test("two builds at once both succeed, one after the other; a third has nothing to do, and no temporary file is left")
    func twoBuilds() throws {
        // This test holds the folder while the two start, so that both wait, and then
        // lets it go, so that they take it in turns.
        let img = folder.root.appendingPathComponent("img").path
        let (first, second) = try BuildLock.holding(img, whenBusy: .fail) {
            let first = try CommandRun.start(["build"], in: folder.root)
            let second = try CommandRun.start(["build", "../figures.yml"], in: folder.root.appendingPathComponent("other"))
            #expect(eventually { text("stderr").contains("waiting") && text("other/stderr").contains("waiting") })
            return (first, second)
        }
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0, "\(text("stderr"))")
        #expect(second.terminationStatus == 0, "\(text("other/stderr"))")
        #expect(text("stderr") == "waiting for another build of img (pid \(getpid())) to finish\n")
        #expect(text("other/stderr") == "waiting for another build of ../img (pid \(getpid())) to finish\n")
        let files = try folder.outputs().count
        let lines = [text("stdout"), text("other/stdout")].sorted()
        #expect(lines[0].hasPrefix("made 0, unchanged \(files), removed 0 in "), "one built after the other, and found it done")
        #expect(lines[1].hasPrefix("made \(files), unchanged 0, removed 0 in "))

        let third = try folder.build()
        #expect(third.standardOutput == "made 0, unchanged \(files), removed 0 in img\n")
        #expect(try hiddenFiles(folder) == [".unplugged-build.json", ".unplugged-build.lock"])
    }

    @Test("with --no-wait a build of a folder another holds exits 1 at once, naming it, and writes nothing")
    func noWait() throws {
        let img = folder.root.appendingPathComponent("img").path
        let run = try BuildLock.holding(img, whenBusy: .fail) { try folder.build(["--no-wait"]) }
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError == "error: another build of img (pid \(getpid())) is under way; try again once it has finished\n")
        #expect(try folder.outputs().isEmpty)
    }

    @Test("a watch holds the folder only while it builds: a build beside an idle watch does not wait")
    func idleWatch() throws {
        let watch = try CommandRun.start(["watch"], in: folder.root)
        defer {
            watch.terminate()
            watch.waitUntilExit()
        }
        #expect(eventually { text("stdout").contains("watching") })
        let run = try CommandRun.unplugged(["build", "--no-wait", "../figures.yml"], in: folder.root.appendingPathComponent("other"))
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("made 0, "))
    }

    @Test("render into a build's folder waits for the build that holds it; into any other folder it writes no lock file")
    func renderBesideBuild() throws {
        #expect(try folder.build().status == 0)
        let img = folder.root.appendingPathComponent("img").path
        let render = try BuildLock.holding(img, whenBusy: .fail) {
            let render = try CommandRun.start(["render", "bins", "--name", "extra", "--out", "img"], in: folder.root)
            #expect(eventually { text("stderr").contains("waiting") })
            #expect(!FileManager.default.fileExists(atPath: img + "/extra.png"), "render wrote while the build held the folder")
            return render
        }
        render.waitUntilExit()
        #expect(render.terminationStatus == 0, "\(text("stderr"))")
        #expect(text("stderr") == "waiting for another build of img (pid \(getpid())) to finish\n")
        #expect(FileManager.default.fileExists(atPath: img + "/extra.png"))

        let plain = try CommandRun.unplugged(["render", "bins", "--out", "plain"], in: folder.root)
        #expect(plain.status == 0, "\(plain.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root.appendingPathComponent("plain").path).sorted()
                == ["trained-model.png", "trained-model.svg"])
    }
}
