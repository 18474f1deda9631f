import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Whether `data` is a whole PNG: the signature first and the IEND chunk last.
private func isWholePNG(_ data: Data) -> Bool {
    let signature = Data([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    let end = Data([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82])
    return data.starts(with: signature) && data.suffix(end.count) == end
}

/// Whether `data` is a well-formed XML document (an SVG cut short is not).
private func isWholeSVG(_ data: Data) -> Bool {
    XMLParser(data: data).parse()
}

/// The output folder's files and their bytes (dot files aside: temporary files a kill
/// leaves behind are named with a dot, and never replace a figure).
private func snapshot(_ folder: LessonFolder) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try folder.outputs() { files[name] = try folder.bytes("img/\(name)") }
    return files
}

/// A folder's modification time, which changes when a file in it is created or renamed.
private func modificationTime(of path: String) -> [Int] {
    var info = stat()
    stat(path, &info)
    return [info.st_mtim.tv_sec, info.st_mtim.tv_nsec]
}

@Suite("unplugged build, killed")
struct BuildInterruptionTests {
    @Test("a kill -9 at any moment of a build leaves every file whole: the old bytes or the new")
    func killedBuildLeavesWholeFiles() throws {
        let words = "the cat sat on the mat"
        let manifest = { (theme: String) in
            "output: img\ntheme: \(theme)\ninputs:\n  story: story.txt\nfigures:\n  - kind: stickies\n    input: story\n"
        }
        let old = try LessonFolder(files: ["figures.yml": manifest("light"), "story.txt": words + "\n"])
        #expect(try old.build().status == 0)
        let oldFiles = try snapshot(old)
        // The new build changes every file, and makes new ones: a sticky per new word.
        try old.write(manifest("dark"), to: "figures.yml")
        try old.write(words + " and a dog ran far away from every bird it saw\n", to: "story.txt")

        // The whole new build, to know the new bytes and how long building takes.
        let new = try LessonFolder(files: [:])
        try FileManager.default.removeItem(at: new.root)
        try FileManager.default.copyItem(at: old.root, to: new.root)
        #expect(try new.build().status == 0)
        let newFiles = try snapshot(new)
        #expect(Set(newFiles.keys).isStrictSuperset(of: oldFiles.keys))

        // Drawing takes seconds and writing milliseconds: to land in the writing, the
        // kill waits for the output folder to change (its first file written), then
        // for a few more microseconds.
        for delay: UInt32 in [0, 300, 1_000] {
            let killed = try LessonFolder(files: [:])
            try FileManager.default.removeItem(at: killed.root)
            try FileManager.default.copyItem(at: old.root, to: killed.root)
            let output = killed.root.appendingPathComponent("img").path
            let unchanged = modificationTime(of: output)
            let process = try CommandRun.start(["build"], in: killed.root)
            while process.isRunning, modificationTime(of: output) == unchanged { usleep(50) }
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for (name, bytes) in try snapshot(killed) {
                #expect(bytes == oldFiles[name] || bytes == newFiles[name], "\(name) is neither the old nor the new file")
                if name.hasSuffix(".png") { #expect(isWholePNG(bytes), "\(name) is not a whole PNG") }
                if name.hasSuffix(".svg") { #expect(isWholeSVG(bytes), "\(name) is not a whole SVG") }
            }
            // The files the killed build wrote are known as build's own: a build that
            // changes them again replaces them. The next build finishes the job, and
            // clears away the temporary files of the killed one.
            try killed.write(manifest("light"), to: "figures.yml")
            let again = try killed.build()
            #expect(again.status == 0, "\(again.standardError)")
            try killed.write(manifest("dark"), to: "figures.yml")
            #expect(try killed.build().status == 0)
            #expect(try snapshot(killed) == newFiles)
            let hidden = try FileManager.default.contentsOfDirectory(atPath: killed.root.appendingPathComponent("img").path)
                .filter { $0.hasPrefix(".") }
            #expect(hidden.sorted() == [".unplugged-build.json", ".unplugged-build.lock"], "temporary files left behind")
        }
    }
}
