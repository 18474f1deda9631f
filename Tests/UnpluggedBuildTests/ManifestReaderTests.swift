import Testing
import UnpluggedFigures
import UnpluggedModel
@testable import UnpluggedBuild

/// The error `Manifest.read` gives for `text`, as printed after `error: `.
private func problem(_ text: String) -> String {
    do {
        _ = try Manifest.read(text: text, name: "lesson/figures.yml")
        return "no error"
    } catch {
        return "\(error)"
    }
}

private let header = """
    inputs:
      lesson: documents.txt
      pretrained: init.csv
    figures:

    """

@Suite("Manifest.read")
struct ManifestReaderTests {
    @Test("reads the design's example: paths relative to the manifest, defaults under each figure's own options")
    func example() throws {
        let manifest = try Manifest.read(text: """
            output: img
            formats: [pdf, svg]
            scale: 3
            seed: 7
            theme: dark
            \(header)  - kind: stickies
                input: lesson
              - kind: training
                input: lesson
                document: 2
                name: demo
                frames: one
                seed: 9
              - kind: generation
                input: pretrained
                prompt: [blue, green]
                max-length: 5
                transparent: true
                formats: png
              - kind: table
                values: counts
                shade: true
                top: 3
            """, name: "lesson/figures.yml")
        #expect(manifest.output == "lesson/img")
        #expect(manifest.inputs.map(\.path) == ["lesson/documents.txt", "lesson/init.csv"])
        #expect(manifest.figures.map(\.request?.kind) == [.stickies, .training, .generation, .table])
        let stickies = try #require(manifest.figures[0].request), training = try #require(manifest.figures[1].request)
        let generation = try #require(manifest.figures[2].request), table = try #require(manifest.figures[3].request)
        #expect(manifest.figures[0].inputPath == "lesson/documents.txt")
        #expect(manifest.figures[0].formats == [.svg, .pdf])
        #expect(manifest.figures[0].scale == 3)
        #expect(stickies.options.seed == 7)
        #expect(stickies.options.theme == .dark)
        #expect(training.options.document == .number(2))
        #expect(training.options.name == "demo")
        #expect(training.options.framesPerStep == .one)
        #expect(training.options.seed == 9)
        #expect(generation.options.prompt == ["blue", "green"])
        #expect(generation.options.maximumLength == 5)
        #expect(generation.options.theme == Theme.dark.transparent)
        #expect(manifest.figures[2].formats == [.png])
        #expect(manifest.figures[3].inputPath == nil)
        #expect(table.options.values == .counts)
        #expect(table.options.shading)
        #expect(table.options.topWords == 3)
        #expect(manifest.figures[1].place.description == "lesson/figures.yml:12:5")
    }

    @Test("a handout entry: one PDF, its paper, capacity, die and name, the input read as asked")
    func handout() throws {
        let manifest = try Manifest.read(text: header + """
              - kind: handout
                input: lesson
                paper: letter
                capacity: 20
                die: d6
                name: class-kit
                context: 2
                pad-start: true
            """, name: "lesson/figures.yml")
        let entry = manifest.figures[0]
        #expect(entry.request == nil)
        #expect(entry.formats == [.pdf])
        guard case .handout(let handout) = entry.making else {
            Issue.record("not read as a handout")
            return
        }
        #expect(handout == HandoutRequest(paper: .letter, capacity: 20, die: .d6, name: "class-kit"))
        #expect(entry.inputPath == "lesson/documents.txt")
        #expect(entry.settings.reading == InputReading(contextLength: 2, startPadding: true))
    }

    @Test("an entry's fingerprint names the input as written, not as resolved")
    func fingerprint() throws {
        let text = header + "  - kind: stickies\n    input: lesson\n"
        let here = try Manifest.read(text: text, name: "figures.yml").figures[0]
        let there = try Manifest.read(text: text, name: "deep/down/figures.yml").figures[0]
        #expect(here.fingerprint == there.fingerprint)
        #expect(here.inputPath != there.inputPath)
    }

    @Test("anchors and aliases are refused where they are written; aliases of aliases used as a key, quickly",
          .timeLimit(.minutes(1)))
    func aliases() {
        #expect(problem(header + "  - kind: stickies\n    name: &n demo\n  - kind: bins\n    name: *n\n")
                == "lesson/figures.yml:6:11: this is a YAML anchor, `&n`; write the value itself: a manifest does not read anchors (&name) or aliases (*name)")
        #expect(problem("seed: *s\n" + header + "  - kind: bins\n")
                == "lesson/figures.yml:1:7: this is a YAML alias, `*s`; write the value itself: a manifest does not read anchors (&name) or aliases (*name)")
        var laughs = "a0: [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<12 {
            laughs += "a\(level): [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        laughs = laughs.replacingOccurrences(of: "a0: [", with: "a0: &a0 [")
        for level in 1..<12 { laughs = laughs.replacingOccurrences(of: "a\(level): [", with: "a\(level): &a\(level) [") }
        #expect(problem(laughs + "? *a11\n: x\n").hasPrefix("lesson/figures.yml:1:5: this is a YAML anchor, `&a0`"))
    }

    @Test("gif at the top is for the sequences: a GIF of training and generation, no change to the other kinds")
    func gifAtTheTop() throws {
        let text = header + "  - kind: stickies\n  - kind: training\n    input: lesson\n  - kind: generation\n    frame-time: 0.5\n"
        let manifest = try Manifest.read(text: "formats: [svg, png, gif]\nframe-time: 2\n" + text, name: "lesson/figures.yml")
        #expect(manifest.figures.map(\.formats) == [[.svg, .png], [.svg, .png, .gif], [.svg, .png, .gif]])
        #expect(manifest.figures.map { $0.settings.animation(of: $0.kind) } == [
            nil, SequenceAnimation(name: "training-demo", delay: 200), SequenceAnimation(name: "generation-demo", delay: 50),
        ])
        // The stickies are the figures they were without gif: not drawn again for it.
        let without = try Manifest.read(text: "formats: [svg, png]\nframe-time: 2\n" + text, name: "lesson/figures.yml")
        #expect(manifest.figures[0].fingerprint == without.figures[0].fingerprint)
        #expect(manifest.figures[1].fingerprint != without.figures[1].fingerprint)
    }

    @Test("each bad key or value is named at its line and column, with a fix", arguments: [
        (header + "  - kind: handot\n",
         "lesson/figures.yml:5:11: unknown kind 'handot'; did you mean 'handout'?"),
        (header + "  - kind: handout\n    prompt: [blue]\n",
         "lesson/figures.yml:6:5: prompt: it shapes generation, graph, chances or temperature figures, not the handout; leave it out of this handout figure"),
        (header + "  - kind: handout\n    formats: [svg]\n",
         "lesson/figures.yml:6:5: formats: it shapes the figures, not the handout; leave it out of this handout figure"),
        (header + "  - kind: bins\n    paper: a4\n",
         "lesson/figures.yml:6:5: paper: it shapes handout figures, not bins; leave it out of this bins figure"),
        (header + "  - kind: handout\n    capacity: 5000\n",
         "lesson/figures.yml:6:15: capacity: '5000' is not a whole number from 1 to 1000; write a number such as 1"),
        (header + "  - kind: handout\n    paper: a5\n",
         "lesson/figures.yml:6:12: paper: unknown paper 'a5'; did you mean 'a4'?"),
        (header + "  - kind: generation\n    input: pretrained\n    promt: [blue]\n",
         "lesson/figures.yml:7:5: unknown key 'promt'; did you mean 'prompt'?"),
        ("outptu: img\n" + header + "  - kind: stickies\n",
         "lesson/figures.yml:1:1: unknown key 'outptu'; did you mean 'output'?"),
        (header + "  - kind: stikies\n",
         "lesson/figures.yml:5:11: unknown kind 'stikies'; did you mean 'stickies'?"),
        (header + "  - kind: stickies\n    input: lessons\n",
         "lesson/figures.yml:6:12: unknown input 'lessons'; did you mean 'lesson'?"),
        (header + "  - kind: stickies\n    input: colours\n",
         "lesson/figures.yml:6:12: unknown input 'colours'; use one of the inputs: lesson, pretrained"),
        (header + "  - kind: bins\n    name: ../x\n",
         "lesson/figures.yml:6:11: name: '../x' is not a plain file name; use letters, digits, - and _ only: figures are written into the output folder and nowhere else"),
        (header + "  - kind: bins\n    name: /tmp/x\n",
         "lesson/figures.yml:6:11: name: '/tmp/x' is not a plain file name; use letters, digits, - and _ only: figures are written into the output folder and nowhere else"),
        (header + "  - kind: training\n    input: lesson\n    document: 0\n",
         "lesson/figures.yml:7:15: document: '0' is not a document number of 1 or more, nor all; write a number such as 1, or all"),
        (header + "  - kind: table\n    shade: maybe\n",
         "lesson/figures.yml:6:12: shade: 'maybe' is not true or false; write true or false"),
        ("scale: 0\n" + header + "  - kind: table\n",
         "lesson/figures.yml:1:8: scale: '0' is not a number more than 0 and at most 16; write a number such as 2"),
        ("formats: [svg, tiff]\n" + header + "  - kind: table\n",
         "lesson/figures.yml:1:10: formats: unknown format 'tiff'; use one of: svg, png, pdf, gif"),
        (header + "  - kind: stickies\n    formats: [svg, gif]\n",
         "lesson/figures.yml:6:5: formats: gif is for the sequences training and generation, not stickies; leave gif out of this stickies figure's formats"),
        ("formats: [gif]\n" + header + "  - kind: training\n    input: lesson\n",
         "lesson/figures.yml:1:1: formats: a GIF is written beside its frames, but no format of the frames is given; list svg, png or pdf too, as svg,png,gif"),
        ("formats: [gif]\n" + header + "  - kind: bins\n",
         "lesson/figures.yml:1:1: formats: gif is for the sequences training and generation, and a bins figure has no other format; list svg, png or pdf too, as svg,png"),
        ("frame-time: 0\n" + header + "  - kind: training\n    input: lesson\n",
         "lesson/figures.yml:1:13: frame-time: '0' is not a number more than 0 and at most 60; write a number such as 2"),
        (header + "  - kind: bins\n    frame-time: 2\n",
         "lesson/figures.yml:6:5: frame-time: it shapes training or generation figures, not bins; leave it out of this bins figure"),
        (header + "  - kind: tokens\n    input: lesson\n    pad-start: true\n",
         "lesson/figures.yml:7:5: pad-start: it shapes every kind but tokens; leave it out of this tokens figure"),
        (header + "  - kind: tokens\n    input: lesson\n    context: 2\n",
         "lesson/figures.yml:7:5: context: it shapes every kind but tokens; leave it out of this tokens figure"),
        ("theme: pink\n" + header + "  - kind: table\n",
         "lesson/figures.yml:1:8: theme: unknown theme 'pink'; use one of: light, dark"),
        (header + "  - kind: table\n    values: percentage\n",
         "lesson/figures.yml:6:13: values: unknown values 'percentage'; use one of: percent, fraction, counts"),
        (header + "  - kind: generation\n    prompt: [blue green]\n",
         "lesson/figures.yml:6:13: prompt: 'blue green' is more than one word; give one word per item, as blue,green (a manifest: [blue, green])"),
        (header + "  - kind: table\n    seed:\n",
         "lesson/figures.yml:6:10: this key has no value; write a value after the colon, or leave the key out"),
        (header + "  - input: lesson\n",
         "lesson/figures.yml:5:5: this figure has no kind; add `kind:` with one of stickies, table, bins, training, generation, overview, graph, compare, chances, temperature, tokens, handout"),
        (header + "  - kind: bins\n    input: pretrained\n    pad-start: true\n",
         "lesson/figures.yml:7:5: pad-start: it reads a documents file, but lesson/init.csv is a count table; give a documents file as the input, or leave it out"),
        (header + "  - kind: training\n    input: pretrained\n",
         "lesson/figures.yml:6:12: a training figure trains on documents, but 'pretrained' (init.csv) is a count table; give a documents file (one document per line) as its input"),
        (header + "  - kind: table\n    end: stop\n",
         "lesson/figures.yml:6:5: end: it reads an input file, but there is none: the built-in lesson is a count table; give a documents file as the input, or leave it out"),
        (header + "  - kind: table\n    kind: bins\n",
         "lesson/figures.yml:5:5: the key 'kind' is given twice; keep one of them"),
        (header + "  - kind: table\n   input: x\n",
         "lesson/figures.yml:6:4: this is not valid YAML (did not find expected '-' indicator); check the indentation and the `key: value` layout here"),
        ("figures:\n  kind: table\n",
         "lesson/figures.yml:2:3: figures should be a list; write one `- ` item per line under it"),
        ("figures:\n  - table\n",
         "lesson/figures.yml:2:5: a figure should be a map of `key: value` lines; write `key: value` lines here"),
        ("output: img\n",
         "lesson/figures.yml:1:1: the manifest lists no figures; add `figures:` with an item per figure, such as `- kind: stickies`"),
        ("# nothing yet\n",
         "lesson/figures.yml: the manifest is empty; list the figures to make under `figures:`, as the README shows"),
        ("decks: [html, revael]\n" + header + "  - kind: table\n",
         "lesson/figures.yml:1:15: unknown deck 'revael'; did you mean 'reveal'?"),
        ("decks: ppt\n" + header + "  - kind: table\n",
         "lesson/figures.yml:1:8: unknown deck 'ppt'; did you mean 'pptx'?"),
        ("decks: [html, pptx]\nformats: [svg]\n" + header + "  - kind: table\n",
         "lesson/figures.yml:1:15: the pptx deck shows each figure's PNG, and the figure at line 7 writes none; add png to `formats` (at the top of the manifest, or in that figure), or leave pptx out of `decks`"),
        ("decks: pptx\n" + header + "  - kind: handout\n  - kind: table\n    formats: svg\n",
         "lesson/figures.yml:1:8: the pptx deck shows each figure's PNG, and the figure at line 7 writes none; add png to `formats` (at the top of the manifest, or in that figure), or leave pptx out of `decks`"),
        ("slide-captions: hidden\n" + header + "  - kind: table\n",
         "lesson/figures.yml:1:17: 'hidden' is not true or false; write true or false"),
    ])
    func errors(text: String, expected: String) {
        #expect(problem(text) == expected)
    }
}

@Suite("Suggestion")
struct SuggestionTests {
    @Test("a slip of one or two letters finds the name; a different word finds nothing")
    func nearest() {
        #expect(Suggestion.nearest(to: "inptu", among: ["kind", "input", "name"]) == "input")
        #expect(Suggestion.nearest(to: "Prompt", among: ["prompt"]) == "prompt")
        #expect(Suggestion.nearest(to: "max-lenght", among: ["max-length", "frames"]) == "max-length")
        #expect(Suggestion.nearest(to: "colour", among: ["kind", "input"]) == nil)
    }
}

@Suite("Manifest.Entry.fingerprint")
struct FingerprintTests {
    func fingerprint(_ text: String) throws -> String {
        try Manifest.read(text: text, name: "figures.yml").figures[0].fingerprint
    }

    @Test("the entry's keys in any order and a default given at the top or in the entry are one fingerprint")
    func sameEntry() throws {
        let a = try fingerprint("seed: 3\ninputs:\n  x: a.txt\nfigures:\n  - kind: training\n    input: x\n    document: 2\n")
        let b = try fingerprint("inputs:\n  y: a.txt\nfigures:\n  - document: 2\n    seed: 3\n    input: y\n    kind: training\n")
        #expect(a == b)
    }

    @Test("any option, default or input path changed is another fingerprint")
    func otherEntry() throws {
        let base = "inputs:\n  x: a.txt\nfigures:\n  - kind: generation\n    input: x\n    prompt: [blue]\n"
        let variants = [
            base.replacingOccurrences(of: "[blue]", with: "[blue, green]"),
            base.replacingOccurrences(of: "a.txt", with: "b.txt"),
            "theme: dark\n" + base,
            "formats: [svg]\n" + base,
            "scale: 3\n" + base,
            base + "    max-length: 4\n",
        ]
        let fingerprints = try Set(([base] + variants).map(fingerprint))
        #expect(fingerprints.count == variants.count + 1)
    }
}
