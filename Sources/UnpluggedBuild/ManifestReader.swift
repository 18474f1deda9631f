import UnpluggedFigures
import UnpluggedModel
import Yams

/// Turns a manifest's YAML into a `Manifest`, checking every key and value where it is
/// written: Yams' node tree keeps each node's line and column, so an error reads
/// `figures.yml:12:5: unknown key 'promt'; did you mean 'prompt'?`.
struct ManifestReader {
    let file: String

    /// The top-level keys: where things go, the inputs, the figures, and the defaults
    /// every figure starts from.
    static let topKeys = ["title", "output", "inputs", "figures"] + FigureDefaults.keys
    /// A figure's keys: the long names of `render`'s flags (and the defaults, per figure).
    static let figureKeys = ["kind", "input", "name", "document", "prompt", "max-length", "frames", "balls",
                             "values", "shade", "top", "pad-start", "tokens", "documents", "lowercase", "end"]
        + FigureDefaults.keys
    /// A handout's keys: the input and how it is read, the classroom, the file's name.
    static let handoutKeys = ["kind", "input", "name", "paper", "capacity", "die", "context", "pad-start", "tokens",
                              "documents", "lowercase", "end"]
    /// What `kind:` may say: a figure kind, or `handout`.
    static let kinds = FigureKind.allCases.map(\.rawValue) + ["handout"]

    func read(_ text: String) throws -> Manifest {
        let root: Yams.Node
        do {
            // The basic resolver: values are read from their text here (`ManifestValue`),
            // so Yams need not compile the default resolver's regular expressions.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw InputError(file: file, line: nil, column: nil, problem: "the manifest is empty",
                                 fix: "list the figures to make under `figures:`, as the README shows")
            }
            root = node
        } catch let error as YamlError {
            throw problem(in: error)
        }
        let top = try ManifestValue(node: root, file: file).mapping(keys: Self.topKeys, what: "the manifest")
        var defaults = FigureDefaults()
        for (key, value) in top where FigureDefaults.keys.contains(key.text) {
            try defaults.set(key.text, from: value)
        }
        let title = try top.first { $0.key.text == "title" }.map { try $0.value.string() } ?? "Figures"
        let output = try top.first { $0.key.text == "output" }.map { try $0.value.string() } ?? "figures"
        var inputs: [Manifest.Input] = []
        if let node = top.first(where: { $0.key.text == "inputs" })?.value {
            for (name, path) in try node.mapping(keys: nil, what: "inputs") {
                let written = try path.string()
                inputs.append(Manifest.Input(name: name.text, written: written,
                                             path: Manifest.resolve(written, against: file), place: path.place))
            }
        }
        guard let list = top.first(where: { $0.key.text == "figures" })?.value else {
            throw ManifestValue(node: root, file: file).error("the manifest lists no figures",
                                                              fix: "add `figures:` with an item per figure, such as `- kind: stickies`")
        }
        let figures = try list.sequence(what: "figures").map { try entry($0, defaults: defaults, inputs: inputs) }
        return Manifest(file: file, title: title, output: Manifest.resolve(output, against: file), inputs: inputs, figures: figures)
    }

    /// One item of `figures`.
    private func entry(_ value: ManifestValue, defaults: FigureDefaults, inputs: [Manifest.Input]) throws -> Manifest.Entry {
        let pairs = try value.mapping(keys: Self.figureKeys + ["paper", "capacity", "die"], what: "a figure")
        func node(_ key: String) -> ManifestValue? { pairs.first { $0.key.text == key }?.value }
        guard let kindNode = node("kind") else {
            throw value.error("this figure has no kind", fix: "add `kind:` with one of \(Self.kinds.joined(separator: ", "))")
        }
        let kindName = try kindNode.string()
        guard Self.kinds.contains(kindName) else {
            throw kindNode.error("unknown kind '\(kindName)'",
                                 fix: Suggestion.nearest(to: kindName, among: Self.kinds).map { "did you mean '\($0)'?" }
                                    ?? "use one of: \(Self.kinds.joined(separator: ", "))")
        }
        let isHandout = kindName == "handout"
        let kind = FigureKind(rawValue: kindName)
        let ownKeys = isHandout ? Self.handoutKeys : Self.figureKeys
        for (key, _) in pairs where !ownKeys.contains(key.text) {
            throw key.value.error(isHandout ? "a handout has no \(key.text)" : "\(key.text) is for a handout, not a \(kind!.rawValue) figure",
                                  fix: isHandout ? "leave it out: a handout is one PDF, and takes \(Self.handoutKeys.dropFirst().joined(separator: ", "))"
                                                 : "leave it out, or make this a `kind: handout`")
        }
        var settings = defaults
        var options = FigureOptions()
        var handout = HandoutRequest()
        var overrides = ReadingOverrides()
        var startPadding = false
        var input: Manifest.Input?
        for (key, value) in pairs {
            switch key.text {
            case "kind": break
            case "input":
                let name = try value.string()
                guard let found = inputs.first(where: { $0.name == name }) else {
                    let names = inputs.map(\.name)
                    if let near = Suggestion.nearest(to: name, among: names) {
                        throw value.error("unknown input '\(name)'", fix: "did you mean '\(near)'?")
                    }
                    throw value.error("unknown input '\(name)'",
                                      fix: names.isEmpty ? "name it under `inputs:`, as `\(name): documents.txt`"
                                                         : "use one of the inputs: \(names.joined(separator: ", "))")
                }
                input = found
            case "name":
                let name = try value.string()
                guard !name.isEmpty, FileName.safe(name) == name else {
                    throw value.error("the name '\(name)' is not a plain file name",
                                      fix: "use letters, digits, - and _ only: figures are written into the output folder and nowhere else")
                }
                options.name = name
                handout.name = name
            case "document": options.document = try value.integer(atLeast: 1)
            case "prompt": options.prompt = try value.words()
            case "max-length": options.maximumLength = try value.integer(atLeast: 1)
            case "frames": options.framesPerStep = try value.choice(what: "frames")
            case "balls": options.ballOrder = try value.choice(what: "balls")
            case "values": options.values = try value.choice(what: "values")
            case "shade": options.shading = try value.boolean()
            case "top": options.topWords = try value.integer(atLeast: 1)
            case "paper": handout.paper = try value.choice(what: "paper")
            case "capacity": handout.capacity = try value.integer(atLeast: 1, atMost: HandoutRequest.largestCapacity)
            case "die": handout.die = try value.choice(what: "die")
            case "pad-start": startPadding = try value.boolean()
            case "tokens": overrides.tokens = try value.choice(what: "tokens")
            case "documents": overrides.documents = try value.choice(what: "documents")
            case "lowercase": overrides.lowercase = try value.boolean()
            case "end":
                let end = try value.string()
                guard !end.isEmpty, !end.contains(where: \.isWhitespace) else {
                    throw value.error("the end token must be one word without spaces, not '\(end)'", fix: "write one word, such as `end: white`")
                }
                overrides.end = end
            default: try settings.set(key.text, from: value)
            }
        }
        try check(kind: kind, input: input, pairs: pairs)
        let fingerprint = try fingerprint(of: pairs, input: input, settings: settings)
        guard let kind else {
            (handout.input, handout.overrides, handout.contextLength, handout.startPadding)
                = (input?.path, overrides, settings.context, startPadding)
            return Manifest.Entry(making: .handout(handout), input: input?.name, formats: [.pdf], scale: 1,
                                  place: value.place, fingerprint: fingerprint)
        }
        options.seed = settings.seed
        options.theme = settings.theme
        let request = FigureRequest(kind: kind, input: input?.path, overrides: overrides, contextLength: settings.context,
                                    startPadding: startPadding, options: options)
        return Manifest.Entry(making: .figures(request), input: input?.name, formats: settings.formats, scale: settings.scale,
                              place: value.place, fingerprint: fingerprint)
    }

    /// The entry as sorted `key=value` lines: its own keys as written (the input by its
    /// path, not its name), then every default as it applies to it. Made from the
    /// manifest's text, not the request's, so it is the same in every process and
    /// changes only when the manifest does.
    private func fingerprint(of pairs: [(key: ManifestValue.Key, value: ManifestValue)], input: Manifest.Input?,
                             settings: FigureDefaults) throws -> String {
        var lines = try pairs.filter { $0.key.text != "input" && !FigureDefaults.keys.contains($0.key.text) }.map { pair in
            let items = if case .sequence = pair.value.node { try pair.value.sequence(what: pair.key.text) } else { [pair.value] }
            return "\(pair.key.text)=\(try items.map { try $0.string() }.joined(separator: ","))"
        }
        lines += [
            "input=\(input?.written ?? "")",
            "formats=\(settings.formats.map(\.rawValue).joined(separator: ","))",
            "scale=\(settings.scale)",
            "seed=\(settings.seed)",
            "theme=\(settings.themeName.rawValue)",
            "transparent=\(settings.transparent)",
            "context=\(settings.context.map(String.init) ?? "")",
        ]
        return lines.sorted().joined(separator: "\n")
    }

    /// The checks that need the input: reading choices for documents only, training
    /// kinds from documents only.
    private func check(kind: FigureKind?, input: Manifest.Input?,
                       pairs: [(key: ManifestValue.Key, value: ManifestValue)]) throws {
        let source = Lesson.Source(path: input?.path)
        let documentKeys = ["pad-start", "tokens", "documents", "lowercase"]
        if case .documents = source { return }
        let what = input.map { "'\($0.name)' (\($0.written)) is a count table" } ?? "the built-in lesson is a count table"
        for (key, _) in pairs where documentKeys.contains(key.text) || (key.text == "end" && input == nil) {
            throw key.value.error("\(key.text) reads a documents file, but \(what)",
                                  fix: "leave it out, or give a documents file as the input")
        }
        if let kind, kind.needsDocuments, input != nil {
            let node = pairs.first { $0.key.text == "input" }!.value
            throw node.error("a \(kind.rawValue) figure trains on documents, but \(what)",
                             fix: "give a documents file (one document per line) as its input")
        }
    }

    /// A YAML syntax error, placed where Yams found it.
    private func problem(in error: YamlError) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return InputError(file: file, line: mark.line, column: mark.column, problem: "this is not valid YAML (\(problem))",
                              fix: "check the indentation and the `key: value` layout here")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return InputError(file: file, line: context.mark.line, column: context.mark.column,
                              problem: "the key '\(duplicates.first ?? "")' is given twice",
                              fix: "keep one of them")
        default:
            return InputError(file: file, line: nil, column: nil, problem: "this is not valid YAML (\(error))",
                              fix: "save it as UTF-8 YAML text")
        }
    }
}
