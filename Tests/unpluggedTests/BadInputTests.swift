import Foundation
import Testing

/// One malformed or hostile input, run through the built `unplugged` binary.
struct HostileRun: CustomTestStringConvertible, Sendable {
    let name: String
    /// The command line after `unplugged`, run in a folder holding `files` and a
    /// `figures` folder of earlier figures.
    let arguments: [String]
    /// The files to make in the folder first, by path; made when the case runs.
    var files: @Sendable () -> [String: [UInt8]] = { [:] }
    /// Folders to make in the folder first.
    var folders: [String] = []
    /// 1 for a bad input or an output that cannot be written, 64 for a usage error.
    var status: Int32 = 1
    /// What standard error must say: for a file, its place (`lesson.txt:2:3: `) first.
    let message: [String]

    var testDescription: String { name }
}

/// `name` holding `text` as UTF-8.
private func file(_ name: String, _ text: String) -> @Sendable () -> [String: [UInt8]] {
    { [name: Array(text.utf8)] }
}

/// Bad inputs and bad command lines: each must exit 1 (64 for a usage error) with a
/// message that names the place, print nothing on standard output, and leave every
/// file in its folder as it was: the earlier figures, and the inputs.
@Suite("Bad inputs through the command line")
struct BadInputTests {
    static let documents: [HostileRun] = [
        HostileRun(name: "empty file", arguments: ["render", "stickies", "lesson.txt"], files: file("lesson.txt", ""),
                   message: ["lesson.txt:1:1: ", "no documents"]),
        HostileRun(name: "only comments", arguments: ["render", "stickies", "lesson.txt"],
                   files: file("lesson.txt", "# the lesson\n# to come\n"), message: ["lesson.txt:1:1: ", "no documents"]),
        HostileRun(name: "only blank lines", arguments: ["table", "lesson.txt"],
                   files: file("lesson.txt", "\n  \n\t\n"), message: ["lesson.txt:1:1: ", "no documents"]),
        HostileRun(name: "only front matter", arguments: ["render", "stickies", "lesson.txt"],
                   files: file("lesson.txt", "---\nend: stop\n---\n"), message: ["lesson.txt:4:1: ", "no documents"]),
        HostileRun(name: "front matter never closed", arguments: ["render", "stickies", "lesson.txt"],
                   files: file("lesson.txt", "---\nend: stop\nblue green\n"), message: ["lesson.txt:1:1: ", "never closed"]),
        HostileRun(name: "bad front matter YAML", arguments: ["render", "stickies", "lesson.txt"],
                   files: file("lesson.txt", "---\ncolors: [blue\n---\nblue\n"), message: ["lesson.txt:2:9: ", "never closed"]),
        HostileRun(name: "unknown front matter key", arguments: ["sample", "lesson.txt"],
                   files: file("lesson.txt", "---\ncolours: {a: red}\n---\na b\n"), message: ["lesson.txt:2:1: ", "`colours`"]),
        HostileRun(name: "a colour that is not #rrggbb", arguments: ["render", "stickies", "lesson.txt"],
                   files: file("lesson.txt", "---\ncolors: {a: \"#12345g\"}\n---\na b\n"), message: ["lesson.txt:2:13: ", "not a colour"]),
        HostileRun(name: "an unknown colour name", arguments: ["render", "stickies", "lesson.txt"],
                   files: file("lesson.txt", "---\ncolors:\n  a: ultraviolet\n---\na b\n"), message: ["lesson.txt:3:6: ", "ultraviolet"]),
        HostileRun(name: "a colour for a word no document uses", arguments: ["render", "stickies", "lesson.txt"],
                   files: file("lesson.txt", "---\ncolors:\n  c: red\n---\na b\n"), message: ["lesson.txt:3:3: ", "no document uses"]),
        HostileRun(name: "a bad tokens value", arguments: ["table", "lesson.txt"],
                   files: file("lesson.txt", "---\ntokens: letters\n---\na b\n"), message: ["lesson.txt:2:9: ", "`tokens`"]),
        HostileRun(name: "an empty end token", arguments: ["table", "lesson.txt"],
                   files: file("lesson.txt", "---\nend: \"\"\n---\na b\n"), message: ["lesson.txt:2:6: ", "`end` is empty"]),
        HostileRun(name: "a word outside the declared vocabulary", arguments: ["render", "stickies", "lesson.txt"],
                   files: file("lesson.txt", "---\nvocabulary: [a, b]\n---\na b\nb c a\n"), message: ["lesson.txt:5:3: ", "`c`"]),
        HostileRun(name: "words after a written end token", arguments: ["table", "lesson.txt"],
                   files: file("lesson.txt", "green blue\ngreen white blue\n"), message: ["lesson.txt:2:7: ", "followed by more words"]),
        HostileRun(name: "invalid UTF-8", arguments: ["render", "stickies", "lesson.txt"],
                   files: { ["lesson.txt": Array("blue green\npink ".utf8) + [0xC3, 0x28] + Array(" white\n".utf8)] },
                   message: ["lesson.txt:2:6: ", "not UTF-8"]),
        HostileRun(name: "a NUL byte", arguments: ["render", "stickies", "lesson.txt"],
                   files: { ["lesson.txt": Array("blue green\npink".utf8) + [0] + Array("blue\n".utf8)] },
                   message: ["lesson.txt:2:5: ", "NUL byte"]),
        HostileRun(name: "text saved as UTF-16", arguments: ["table", "lesson.txt"],
                   files: { ["lesson.txt": Array("blue green\n".utf16).flatMap { [UInt8($0 & 0xff), UInt8($0 >> 8)] }] },
                   message: ["lesson.txt:1:2: ", "NUL byte"]),
        HostileRun(name: "a 20 MB single line", arguments: ["render", "stickies", "lesson.txt"],
                   files: { ["lesson.txt": [UInt8](repeating: UInt8(ascii: "a"), count: 20_000_000) + [0x0A]] },
                   message: ["lesson.txt:1:1: ", "20000000 bytes long"]),
        HostileRun(name: "random bytes (seeded)", arguments: ["render", "stickies", "random.bin"],
                   files: { ["random.bin": randomBytes(count: 100_000, seed: 7)] }, message: ["random.bin:1:2: ", "not UTF-8"]),
        HostileRun(name: "an input that is a folder", arguments: ["render", "stickies", "figures"], message: ["figures: ", "folder"]),
        HostileRun(name: "an input that does not exist", arguments: ["table", "missing.txt"], message: ["missing.txt: ", "cannot be opened"]),
    ]

    static let countTables: [HostileRun] = [
        HostileRun(name: "a ragged row", arguments: ["table", "t.csv"], files: file("t.csv", ",a,b,white\na,1,2\n"),
                   message: ["t.csv:2:6: ", "3 cells but the header has 4"]),
        HostileRun(name: "a count that is not a number", arguments: ["table", "t.csv"], files: file("t.csv", ",a,b,white\na,1,x,2\n"),
                   message: ["t.csv:2:5: ", "`x` is not a whole number"]),
        HostileRun(name: "a negative count", arguments: ["render", "stickies", "t.csv"], files: file("t.csv", ",a,b,white\na,1,-2,2\n"),
                   message: ["t.csv:2:5: ", "negative"]),
        HostileRun(name: "a count too large for a computer word", arguments: ["table", "t.csv"],
                   files: file("t.csv", ",a,b,white\na,1,99999999999999999999,2\n"), message: ["t.csv:2:5: ", "too large"]),
        HostileRun(name: "counts whose sum overflows", arguments: ["sample", "t.csv"],
                   files: file("t.csv", ",a,b,white\na,1,9223372036854775807,2\n"), message: ["t.csv:2:5: ", "add up to more"]),
        HostileRun(name: "a word twice in the header", arguments: ["table", "t.csv"], files: file("t.csv", ",a,a,white\na,1,2,3\n"),
                   message: ["t.csv:1:4: ", "in the header twice"]),
        HostileRun(name: "a header without its empty cell", arguments: ["table", "t.csv"], files: file("t.csv", "a,b,white\n"),
                   message: ["t.csv:1:1: ", "empty cell"]),
        HostileRun(name: "a context word not in the header", arguments: ["table", "t.csv"], files: file("t.csv", ",a,b,white\nq,1,2,3\n"),
                   message: ["t.csv:2:1: ", "`q`"]),
        HostileRun(name: "a context with two rows", arguments: ["table", "t.csv"], files: file("t.csv", ",a,b,white\na,1,2,3\na,1,2,3\n"),
                   message: ["t.csv:3:1: ", "has a row already"]),
        HostileRun(name: "an empty table", arguments: ["render", "stickies", "t.csv"], files: file("t.csv", ""),
                   message: ["t.csv:1:1: ", "the table is empty"]),
        HostileRun(name: "invalid UTF-8 in a table", arguments: ["table", "t.csv"],
                   files: { ["t.csv": Array(",a,b".utf8) + [0xff] + Array(",white\na,1,2,3\n".utf8)] }, message: ["t.csv:1:4: ", "not UTF-8"]),
        HostileRun(name: "a NUL byte in a table", arguments: ["render", "stickies", "t.csv"],
                   files: { ["t.csv": Array(",a,b".utf8) + [0] + Array(",white\na,1,2,3\n".utf8)] }, message: ["t.csv:1:4: ", "NUL byte"]),
        HostileRun(name: "a quoted cell never closed", arguments: ["table", "t.csv"], files: file("t.csv", ",a,\"b,white\na,1,2,3\n"),
                   message: ["t.csv:1:4: ", "never closed"]),
        HostileRun(name: "a context length the table does not have", arguments: ["table", "t.csv", "--context", "2"],
                   files: file("t.csv", ",a,white\na,1,2\n"), message: ["t.csv: ", "contexts of 1 word, not 2"]),
    ]

    /// A model with nothing counted is an error through every command, never an
    /// empty figure, table or sample.
    static let emptyModels: [HostileRun] = {
        let short = "a\nb c\n"
        let message = ["short.txt:2:1: ", "nothing is counted", "the longest, here, has 2 words",
                       "count with a context of at most 2 words, or pad the start of each document with end tokens"]
        let manifest = "output: figures\ncontext: 3\ninputs:\n  short: short.txt\nfigures:\n  - kind: bins\n    input: short\n"
        return [
            HostileRun(name: "render: a context longer than every document", arguments: ["render", "bins", "short.txt", "--context", "3"],
                       files: file("short.txt", short), message: message),
            HostileRun(name: "table: a context longer than every document", arguments: ["table", "short.txt", "--context", "3"],
                       files: file("short.txt", short), message: message),
            HostileRun(name: "sample: a context longer than every document", arguments: ["sample", "short.txt", "--context", "5"],
                       files: file("short.txt", short), message: ["short.txt:2:1: ", "nothing is counted", "context of 5 words"]),
            HostileRun(name: "build: a context longer than every document", arguments: ["build", "figures.yml"],
                       files: { ["short.txt": Array(short.utf8), "figures.yml": Array(manifest.utf8)] }, message: message),
            HostileRun(name: "a count table of zeros", arguments: ["render", "bins", "t.csv"],
                       files: file("t.csv", ",a,b,white\na,0,0,0\nb,0,0,0\n"), message: ["t.csv:1:1: ", "every count of the table is 0"]),
        ]
    }()

    static let sampling: [HostileRun] = [
        HostileRun(name: "a context never seen", arguments: ["sample", "short.txt", "--context", "2", "--prompt", "b,b"],
                   files: file("short.txt", "a b\nb a\n"), message: ["short.txt: ", "`b b` was never seen"]),
        HostileRun(name: "an unknown word in the prompt", arguments: ["sample", "short.txt", "--prompt", "a,zebra"],
                   files: file("short.txt", "a b\nb a\n"), message: ["--prompt: ", "`zebra`"]),
    ]

    static let outputs: [HostileRun] = [
        HostileRun(name: "an output folder that is a file", arguments: ["render", "stickies", "--out", "notes.txt"],
                   files: file("notes.txt", "not a folder\n"), message: ["notes.txt: ", "is a file, not a folder"]),
        HostileRun(name: "an output folder whose parent cannot be made", arguments: ["render", "stickies", "--out", "notes.txt/img/figures"],
                   files: file("notes.txt", "not a folder\n"), message: ["notes.txt: ", "is a file, not a folder"]),
        HostileRun(name: "a figure's file name taken by a folder: no figure is replaced",
                   arguments: ["render", "stickies", "--out", "img"],
                   files: { ["img/sticky-blue.svg": Array("earlier".utf8), "img/sticky-white.png": Array("earlier".utf8)] },
                   folders: ["img/sticky-pink.png"], message: ["img/sticky-pink.png: ", "it is a folder"]),
        HostileRun(name: "an output folder that cannot be made", arguments: ["render", "stickies", "--out", "/proc/unplugged-figures"],
                   message: ["/proc/unplugged-figures: ", "cannot create the output folder"]),
    ]

    static let usage: [HostileRun] = [
        HostileRun(name: "--scale 0", arguments: ["render", "stickies", "--scale", "0"], status: 64, message: ["--scale"]),
        HostileRun(name: "--scale that is not a number", arguments: ["render", "stickies", "--scale", "big"], status: 64, message: ["--scale"]),
        HostileRun(name: "--scale too large", arguments: ["render", "stickies", "--scale", "17"], status: 64, message: ["--scale"]),
        HostileRun(name: "--format gif", arguments: ["render", "stickies", "--format", "gif"], status: 64, message: ["--format"]),
        HostileRun(name: "--format with an empty part", arguments: ["render", "stickies", "--format", "svg,,png"], status: 64, message: ["--format"]),
        HostileRun(name: "--theme neon", arguments: ["render", "stickies", "--theme", "neon"], status: 64, message: ["--theme"]),
        HostileRun(name: "an unknown figure kind", arguments: ["render", "stickers"], status: 64, message: ["stickers"]),
        HostileRun(name: "--context 0", arguments: ["table", "--context", "0"], status: 64, message: ["--context"]),
        HostileRun(name: "--end of two words", arguments: ["table", "t.csv", "--end", "two words"], files: file("t.csv", ",a,white\na,1,2\n"),
                   status: 64, message: ["--end"]),
        HostileRun(name: "--tokens for a count table", arguments: ["table", "t.csv", "--tokens", "words"], files: file("t.csv", ",a,white\na,1,2\n"),
                   status: 64, message: ["--tokens"]),
    ]

    @Test("documents files", arguments: documents)
    func documentsFile(_ run: HostileRun) throws { try check(run) }

    @Test("count tables", arguments: countTables)
    func countTable(_ run: HostileRun) throws { try check(run) }

    @Test("models with nothing counted", arguments: emptyModels)
    func emptyModel(_ run: HostileRun) throws { try check(run) }

    @Test("sampling", arguments: sampling)
    func sample(_ run: HostileRun) throws { try check(run) }

    @Test("output folders", arguments: outputs)
    func outputFolder(_ run: HostileRun) throws { try check(run) }

    @Test("usage errors", arguments: usage)
    func usageError(_ run: HostileRun) throws { try check(run) }

    @Test("a full disk: what is printed cannot be written",
          .enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full"), "this system has no /dev/full, a device that is always full"),
          arguments: [
              ["table"], ["table", "--format", "json"], ["sample", "--count", "3"], ["sample", "--count", "5000"],
              ["render", "stickies", "--dump"],
          ])
    func fullDisk(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let process = Process()
        process.executableURL = CommandRun.binary
        process.arguments = arguments
        process.standardOutput = full
        let error = Pipe()
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(message.hasPrefix("error: standard output: could not be written (No space left on device)"), "\(message)")
    }

    /// Runs `run` in a new folder holding its files and a `figures` folder of earlier
    /// figures, and checks what every bad run must do.
    private func check(_ run: HostileRun) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let figures = folder.appendingPathComponent("figures")
        try FileManager.default.createDirectory(at: figures, withIntermediateDirectories: true)
        for word in ["purple", "blue", "green", "pink", "white", "a", "b"] {
            for format in ["svg", "png"] {
                try Data("an earlier sticky-\(word).\(format)".utf8).write(to: figures.appendingPathComponent("sticky-\(word).\(format)"))
            }
        }
        for path in run.folders {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(path), withIntermediateDirectories: true)
        }
        for (path, bytes) in run.files() {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let before = try snapshot(folder)

        let result = try CommandRun.unplugged(run.arguments, in: folder)

        #expect(result.status == run.status, "\(result.standardError)")
        #expect(result.standardError.hasPrefix("error: "), "\(result.standardError)")
        var rest = result.standardError.dropFirst("error: ".count)
        for (index, part) in run.message.enumerated() {
            // The first part of a bad input's message is its place, at the start.
            if index == 0, run.status == 1 {
                #expect(rest.hasPrefix(part), "\(result.standardError)")
            }
            #expect(rest.contains(part), "\(result.standardError)")
            if let found = rest.range(of: part) { rest = rest[found.upperBound...] }
        }
        #expect(!result.standardError.contains("Fatal error"), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty, "partial output: \(result.standardOutput.prefix(200))")
        #expect(try snapshot(folder) == before, "the run changed files in its folder")
    }

    /// Every file under `folder` (relative path → bytes), folders included as empty.
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            files[path] = isFolder.boolValue ? Data() : try Data(contentsOf: url)
        }
        return files
    }
}

/// `count` bytes from a fixed-seed xorshift generator: the same on every run.
private func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
    var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    return (0..<count).map { _ in
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return UInt8(truncatingIfNeeded: state >> 32)
    }
}
