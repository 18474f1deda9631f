import Foundation
import Testing
import UnpluggedBuild
import UnpluggedFigures
import UnpluggedModel
@testable import unplugged

/// Every option of every kind, given on the command line and in a manifest, gives the
/// same settings: the two read one declaration each, so they cannot drift.
@Suite("One declaration per option")
struct OptionParityTests {
    /// A value each value option takes, other than its default. A new option without
    /// one here fails `everyOptionHasASample`: the parity test covers every option.
    static let samples: [String: String] = [
        "end": "stop", "context": "2", "name": "demo", "seed": "7", "document": "2", "prompt": "blue,green",
        "max-length": "5", "top": "3", "min-chance": "5%", "formats": "pdf,svg", "scale": "3", "frame-time": "0.8",
        "capacity": "20",
        "max-pages": "100",
        "max-files": "300",
        "contexts": "blue,green",
        "with": "lesson", "count": "2",
        "temperatures": "0,1.5", "temperature": "0.5",
        "text": "the cat sat",
    ]

    /// One case per option and kind it shapes.
    static let cases: [(option: String, kind: String)] = Settings.options.flatMap { option in
        Kind.allCases.filter(option.kinds.contains).map { (option.name, $0.name) }
    }

    @Test("every value option has a sample, and every option shapes some kind")
    func everyOptionHasASample() {
        for option in Settings.options {
            if option.shape != .flag(hasInversion: false), option.shape != .flag(hasInversion: true), option.choices.isEmpty {
                #expect(Self.samples[option.name] != nil, "no sample value for \(option.name)")
            }
            #expect(!option.kinds.isEmpty, "\(option.name) shapes no kind")
        }
    }

    @Test("the command line and a manifest entry give the same settings", arguments: cases)
    func sameSettings(option name: String, kind: String) throws {
        let option = try #require(Settings.option(named: name))
        // A compare figure needs its second input; a manifest names it as an input.
        let second = kind == "compare" && name != "with"
        for (flag, value) in Self.written(option) {
            let commandLine = try RenderArguments([kind, "lesson.txt"] + flag + (second ? ["--with", "lesson"] : [])).settings
            let entry = try Manifest.read(text: """
                inputs:
                  lesson: lesson.txt
                figures:
                  - kind: \(kind)
                    input: lesson
                    \(name): \(value)\(second ? "\n    with: lesson" : "")
                """, name: "figures.yml").figures[0]
            #expect(entry.settings == commandLine, "\(flag) and \(name): \(value)")
            #expect(commandLine != Settings(), "\(flag) changed nothing")
            if option.isManifestDefault {
                let top = try Manifest.read(text: """
                    \(name): \(value)
                    inputs:
                      lesson: lesson.txt
                    figures:
                      - kind: \(kind)
                        input: lesson\(second ? "\n    with: lesson" : "")
                    """, name: "figures.yml").figures[0]
                #expect(top.settings == commandLine, "\(name): \(value) at the top")
            }
        }
    }

    @Test("an option given to a kind it does not shape is refused in both, named the way it was written")
    func wrongKind() throws {
        #expect(throws: (any Error).self) { try RenderArguments(["stickies", "--prompt", "blue"]) }
        let error = #expect(throws: InputError.self) {
            try Manifest.read(text: "figures:\n  - kind: stickies\n    prompt: [blue]\n", name: "figures.yml")
        }
        #expect(error?.description == "figures.yml:3:5: prompt: it shapes generation, graph, chances or temperature figures, not stickies; leave it out of this stickies figure")
    }

    @Test("a tokens figure reads its own text, so it takes the reading options without a documents file; others do not")
    func tokensReadsText() throws {
        let settings = try RenderArguments(["tokens", "--text", "The cat sat on the mat.", "--lowercase"]).settings
        #expect(settings.reading.overrides.lowercase == true)
        #expect(settings.figure.text == "The cat sat on the mat.")
        #expect(throws: (any Error).self) { try RenderArguments(["bins", "--lowercase"]) }
    }

    @Test("render --help lists every option from its declaration, and exits 0")
    func help() throws {
        let run = try CommandRun.unplugged(["render", "--help"])
        #expect(run.status == 0)
        for option in RenderArguments.declarations {
            #expect(run.standardOutput.contains("  --\(option.name)"), "--\(option.name) is not in the help")
        }
        #expect(run.standardOutput.contains("  --frames <frames>\n      Each step as two frames"))
    }

    @Test("the README's options table lists every declared option, and no other")
    func readmeTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md").standardized
        let text = try String(contentsOf: readme, encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `--") }
        let documented = rows.map { row in
            String(row.dropFirst("| `--".count).prefix { $0 != "`" })
        }
        #expect(documented == Settings.options.map(\.name))
    }

    /// The option as command-line arguments and as a manifest value, each way it can be written.
    private static func written(_ option: OptionDeclaration<Settings>) -> [(flag: [String], value: String)] {
        switch option.shape {
        case .flag(let hasInversion):
            return [(["--\(option.name)"], "true")] + (hasInversion ? [(["--no-\(option.name)"], "false")] : [])
        case .value, .list:
            let value = samples[option.name] ?? option.choices.last { $0 != option.defaultDescription }!
            let manifestValue = option.shape == .list ? "[\(value.replacingOccurrences(of: ",", with: ", "))]" : value
            return [(["--\(option.name)", value], manifestValue)]
        }
    }
}
