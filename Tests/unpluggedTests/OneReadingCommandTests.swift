import Foundation
import Testing

/// A class's sentences through the command line: prompts, contexts and tables read the
/// corpus's way, and the end is the end, not white, in every file name and header.
@Suite("unplugged: one reading of word")
struct OneReadingCommandTests {
    static let classPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/corpora/class.txt").standardized.path

    @Test("--prompt Park and --prompt park. find the corpus's park; --no-lowercase keeps Park a stranger")
    func prompts() throws {
        let folder = try temporaryFolder()
        for prompt in ["Park", "park.", "The,park"] {
            let run = try CommandRun.unplugged(["render", "generation", Self.classPath, "--prompt", prompt, "--out", "g"], in: folder)
            #expect(run.status == 0, "\(prompt): \(run.standardError)")
        }
        let sample = try CommandRun.unplugged(["sample", Self.classPath, "--prompt", "My", "--seed", "2"])
        #expect(sample.status == 0 && sample.standardOutput.hasPrefix("my "), "\(sample.standardError)")
        let kept = try CommandRun.unplugged(["sample", Self.classPath, "--prompt", "park", "--no-lowercase"])
        #expect(kept.status == 0, "\(kept.standardError)")
        let stranger = try CommandRun.unplugged(["sample", Self.classPath, "--prompt", "Park", "--no-lowercase"])
        #expect(stranger.status == 1 && stranger.standardError.hasPrefix("error: --prompt: the prompt word `Park` is not"))
        #expect(!stranger.standardError.contains("<end>") && !stranger.standardError.contains("white"))
        let nothing = try CommandRun.unplugged(["sample", Self.classPath, "--prompt", "."])
        #expect(nothing.status == 1 && nothing.standardError.hasPrefix("error: --prompt: `.` has no word"), "\(nothing.standardError)")
    }

    @Test("--contexts \"The park\" shows the bin of the park")
    func contexts() throws {
        let folder = try temporaryFolder()
        let run = try CommandRun.unplugged(["render", "bins", Self.classPath, "--context", "2", "--contexts", "The park,My dog",
                                            "--dump"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("bin the park") && run.standardOutput.contains("bin my dog"))
    }

    @Test("stickies: sticky-end, not sticky-white; the table's CSV ends in <end> and its Markdown in end")
    func endEverywhere() throws {
        let folder = try temporaryFolder()
        let run = try CommandRun.unplugged(["render", "stickies", Self.classPath, "--out", "s"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("s").path)
        #expect(files.contains("sticky-end.svg") && files.contains("sticky-park.svg"))
        #expect(!files.contains { $0.contains("white") || $0.contains("_end_") || $0.contains("park_") })
        let csv = try CommandRun.unplugged(["table", Self.classPath])
        #expect(csv.standardOutput.split(separator: "\n")[0].hasSuffix(",<end>"))
        let markdown = try CommandRun.unplugged(["table", Self.classPath, "--format", "markdown"])
        #expect(markdown.standardOutput.split(separator: "\n")[0].hasSuffix(" end |"))
    }
}
