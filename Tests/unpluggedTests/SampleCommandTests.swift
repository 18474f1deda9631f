import Foundation
import Testing

@Suite("unplugged sample")
struct SampleCommandTests {
    @Test("the built-in lesson: one document per line, prompt included; the same seed the same documents")
    func builtIn() throws {
        let run = try CommandRun.unplugged(["sample", "--prompt", "blue", "--seed", "1", "--count", "4"])
        #expect(run.status == 0, "\(run.standardError)")
        // The documents an independent implementation of SplitMix64 and Lemire's draw gives.
        #expect(run.standardOutput == "blue green pink\nblue green green pink\nblue green blue pink blue pink blue green green purple pink\nblue pink\n")
        let again = try CommandRun.unplugged(["sample", "--prompt", "blue", "--seed", "1", "--count", "4"])
        #expect(again.standardOutput == run.standardOutput)
    }

    @Test("no prompt, temperature 0 and a maximum length")
    func options() throws {
        let greedy = try CommandRun.unplugged(["sample", "--prompt", "purple", "--temperature", "0", "--max-length", "5"])
        #expect(greedy.standardOutput == "purple blue green pink purple\n")
        let free = try CommandRun.unplugged(["sample", "--count", "3", "--seed", "9"])
        #expect(free.status == 0)
        #expect(free.standardOutput.split(separator: "\n").count == 3)
    }

    @Test("a documents file with a context of two: an unseen context is an error, or backs off")
    func unseenContext() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("lesson.txt").path
        try Data("green blue pink\nblue green\n".utf8).write(to: URL(fileURLWithPath: path))
        let failing = try CommandRun.unplugged(["sample", path, "--context", "2", "--prompt", "pink,blue"])
        #expect(failing.status == 1)
        #expect(failing.standardError.hasPrefix("error: \(path): the context `pink blue` was never seen in training"))
        let backingOff = try CommandRun.unplugged(["sample", path, "--context", "2", "--prompt", "pink,blue", "--backoff"])
        #expect(backingOff.status == 0, "\(backingOff.standardError)")
        #expect(backingOff.standardOutput == "pink blue pink\n")
        let padded = try CommandRun.unplugged(["sample", path, "--context", "2", "--pad-start", "--temperature", "0"])
        #expect(padded.standardOutput == "green blue pink\n")
    }

    @Test("a prompt the model cannot start from is bad input, named by its flag: exit 1", arguments: [
        (["sample", "--prompt", "orange"], "error: --prompt: the prompt word `orange` is not in the model's vocabulary; use words of the vocabulary (purple, blue, green, pink)\n"),
        (["sample", "--prompt", "white"], "error: --prompt: the prompt contains the end token `white`, which ends a document; leave it out of the prompt\n"),
        (["sample", "--prompt", "blue,blue,blue", "--max-length", "2"], "error: --prompt: the prompt has 3 words, more than the maximum length 2; shorten the prompt or raise the maximum length\n"),
        (["render", "generation", "--prompt", "orange"], "error: --prompt: the prompt word `orange` is not in the model's vocabulary; use words of the vocabulary (purple, blue, green, pink)\n"),
    ])
    func badPrompt(arguments: [String], message: String) throws {
        let run = try CommandRun.unplugged(arguments)
        #expect(run.status == 1, "\(run.standardError)")
        #expect(run.standardError == message)
        #expect(run.standardOutput.isEmpty)
    }

    @Test("usage errors exit 64 with one error line", arguments: [
        ["sample", "--prompt", "blue,,green"],
        ["sample", "--count", "0"],
        ["sample", "--temperature", "-1"],
        ["sample", "--max-length", "0"],
        ["sample", "--seed", "minus one"],
        ["sample", "--promt", "blue"],
    ])
    func usageErrors(arguments: [String]) throws {
        let run = try CommandRun.unplugged(arguments)
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardError.hasPrefix("error: \(arguments[1]): "), "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count { $0.hasPrefix("error:") } == 1)
        #expect(run.standardOutput.isEmpty)
    }
}
