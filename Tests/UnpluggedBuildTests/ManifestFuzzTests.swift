import Testing
import UnpluggedModel
@testable import UnpluggedBuild

/// A tiny seeded generator, so a failing mutation can be found again.
private struct Mutations: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

@Suite("Manifest.read on damaged text")
struct ManifestFuzzTests {
    static let manifest = """
        title: The colour lesson
        output: img
        formats: [svg, png]
        scale: 2
        inputs:
          lesson: documents.txt
          pretrained: init.csv
        figures:
          - kind: training
            input: lesson
            document: 1
          - kind: generation
            input: pretrained
            prompt: [blue]
            max-length: 10

        """

    @Test("any cut, doubled or replaced character gives a manifest or an InputError with a place, never a crash")
    func mutations() {
        var random = Mutations(state: 1)
        let alphabet = Array(":-[]{}, \n#'\"&*!|>%@`0a9\t")
        let original = Array(Self.manifest)
        for _ in 0..<3000 {
            var text = original
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let index = Int.random(in: 0..<text.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: text.remove(at: index)
                case 1: text.insert(text[index], at: index)
                default: text[index] = alphabet.randomElement(using: &random)!
                }
            }
            do {
                _ = try Manifest.read(text: String(text), name: "figures.yml")
            } catch let error as InputError {
                #expect(error.file == "figures.yml")
                #expect(!error.problem.isEmpty && !error.fix.isEmpty)
            } catch {
                Issue.record("not an InputError: \(error) for\n\(String(text))")
            }
        }
    }
}
