import Testing
@testable import UnpluggedBuild

/// Inputs and the output folder resolve against the manifest's folder, whatever the
/// names look like: one-letter names are where Foundation's path functions trap.
@Suite("Manifest paths")
struct ManifestPathTests {
    static let text = """
        output: o
        inputs:
          a: a
        figures:
          - kind: stickies
            input: a

        """

    @Test("one-letter manifest, input and output names resolve", arguments: [
        ("f", "o", "a"),
        ("m/f", "m/o", "m/a"),
        ("./f", "./o", "./a"),
        ("/f", "/o", "/a"),
    ])
    func oneLetterNames(manifest: String, output: String, input: String) throws {
        let read = try Manifest.read(text: Self.text, name: manifest)
        #expect(read.output == output)
        #expect(read.inputs.map(\.path) == [input])
    }
}
