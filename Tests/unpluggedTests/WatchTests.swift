import Foundation
import Testing

/// Waits until `condition` holds, checking every 100 ms, for at most a minute (a slow
/// machine under a full test run); false when it never did.
func eventually(_ condition: () throws -> Bool) rethrows -> Bool {
    for _ in 0..<600 {
        if try condition() { return true }
        usleep(100_000)
    }
    return false
}

extension CommandRun {
    /// Starts the `unplugged` binary without waiting for it: standard output and error
    /// go to files in `folder` (`stdout`, `stderr`), standard input is empty.
    static func start(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        for name in ["stdout", "stderr"] {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil)
        }
        process.standardOutput = try FileHandle(forWritingTo: folder.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("stderr"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}

@Suite("unplugged watch")
struct WatchTests {
    @Test("builds, rebuilds after an edit, keeps the figures through a bad edit, and stops cleanly on a signal",
          arguments: [SIGTERM, SIGINT])
    func watch(signal: Int32) throws {
        let folder = try LessonFolder(files: [
            "figures.yml": "output: img\ninputs:\n  colours: colours.txt\nfigures:\n  - kind: stickies\n    input: colours\n",
            "colours.txt": "green blue\n",
        ])
        let process = try CommandRun.start(["watch"], in: folder.root)
        defer { if process.isRunning { process.terminate() } }
        let file = { (name: String) in FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(name).path) }
        let text = { (name: String) in String(decoding: (try? folder.bytes(name)) ?? Data(), as: UTF8.self) }
        #expect(eventually { file("img/sticky-blue.svg") })
        #expect(eventually { text("stdout").contains("watching") })

        try folder.write("green blue red\n", to: "colours.txt")
        #expect(eventually { file("img/sticky-red.svg") })
        #expect(text("stdout").contains("changed: colours.txt"))

        try folder.write("output: img\ninputs:\n  colours: colours.txt\nfigures:\n  - kind: stickies\n    inptu: colours\n", to: "figures.yml")
        #expect(eventually { text("stderr").contains("error: figures.yml:6:5: unknown key 'inptu'; did you mean 'input'?") })
        #expect(file("img/sticky-red.svg"))

        try folder.write("output: img\nformats: [svg, pdf]\ninputs:\n  colours: colours.txt\nfigures:\n  - kind: stickies\n    input: colours\n",
                         to: "figures.yml")
        #expect(eventually { file("img/sticky-red.pdf") })
        #expect(eventually { !file("img/sticky-red.png") })

        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(text("stdout").hasSuffix("stopped watching\n"))
    }
}
