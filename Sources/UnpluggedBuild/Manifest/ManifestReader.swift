import UnpluggedFigures
import UnpluggedModel
import Yams

/// Turns a manifest's YAML into a `Manifest`, checking every key and value where it is
/// written: Yams' node tree keeps each node's line and column, so an error reads
/// `figures.yml:12:5: unknown key 'promt'; did you mean 'prompt'?`.
struct ManifestReader {
    let file: String

    /// The top-level keys: the title, where things go, the inputs, the figures, and the
    /// options every figure starts from (`OptionDeclaration.isManifestDefault`).
    static let topKeys: [String] = {
        ["title", "output", "inputs", "figures", "decks", "slide-captions"] + Settings.options.filter(\.isManifestDefault).map(\.name)
    }()
    /// A figure's keys: its kind, its input, and every option, under its long name.
    static let entryKeys: [String] = ["kind", "input"] + Settings.options.map(\.name)
    /// The names a mapping's keys may also be given by (`format` for `formats`).
    private static func aliases(of keys: [String]) -> [String] {
        Settings.options.filter { keys.contains($0.name) }.flatMap(\.aliases)
    }

    func read(_ text: String) throws -> Manifest {
        let root: Yams.Node
        do {
            if let found = try YAMLAliases.first(in: text) {
                throw InputError(file: file, line: found.line, column: found.column, problem: found.problem,
                                 fix: "write the value itself: a manifest does not read anchors (&name) or aliases (*name)")
            }
            // The basic resolver: values are read from their text by the option
            // declarations, so Yams need not compile the default resolver's regular expressions.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw InputError(file: file, line: nil, column: nil, problem: "the manifest is empty",
                                 fix: "list the figures to make under `figures:`, as the README shows")
            }
            root = node
        } catch let error as YamlError {
            throw problem(in: error)
        }
        let top = try ManifestValue(node: root, file: file).mapping(keys: Self.topKeys, aliases: Self.aliases(of: Self.topKeys),
                                                                    what: "the manifest")
        var defaults = Options(settings: Settings(), places: [:], lines: [])
        for (key, value) in top {
            if let option = Settings.option(named: key.text) {
                try defaults.apply(option, key: key, value: value)
            }
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
        var manifest = Manifest(file: file, title: title, output: Manifest.resolve(output, against: file), inputs: inputs, figures: figures)
        manifest.titleIsGiven = top.contains { $0.key.text == "title" }
        manifest.theme = defaults.settings.theme
        if let node = top.first(where: { $0.key.text == "decks" })?.value {
            manifest.decks = try decks(node, figures: figures)
        }
        if let node = top.first(where: { $0.key.text == "slide-captions" })?.value {
            manifest.slideCaptions = try yesOrNo(node)
        }
        return manifest
    }

    /// `decks:`, one name or a list of them; each named once, in the order first written.
    /// The PowerPoint deck holds each figure's PNG, so it asks every figure for one
    /// (a handout has no slide): refused here, before anything is drawn, rather than
    /// a deck with figures left out.
    private func decks(_ value: ManifestValue, figures: [Manifest.Entry]) throws -> [SlideDeck.Format] {
        let items = if case .sequence = value.node { try value.sequence(what: "decks") } else { [value] }
        var decks: [SlideDeck.Format] = []
        let names = SlideDeck.Format.allCases.map(\.rawValue)
        for item in items {
            let name = try item.string()
            guard let deck = SlideDeck.Format(rawValue: name) else {
                throw item.error("unknown deck '\(name)'",
                                 fix: Suggestion.nearest(to: name, among: names).map { "did you mean '\($0)'?" }
                                    ?? "use one of: \(names.joined(separator: ", "))")
            }
            if deck == .pptx, let figure = figures.first(where: { $0.kind != .handout && !$0.formats.contains(.png) }) {
                throw item.error("the pptx deck shows each figure's PNG, and the figure at line \(figure.place.line) writes none",
                                 fix: "add png to `formats` (at the top of the manifest, or in that figure), or leave pptx out of `decks`")
            }
            if !decks.contains(deck) { decks.append(deck) }
        }
        return decks
    }

    /// A true-or-false value, as YAML writes it.
    private func yesOrNo(_ value: ManifestValue) throws -> Bool {
        switch try value.string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case let other: throw value.error("'\(other)' is not true or false", fix: "write true or false")
        }
    }

    /// One item of `figures`.
    private func entry(_ value: ManifestValue, defaults: Options, inputs: [Manifest.Input]) throws -> Manifest.Entry {
        let pairs = try value.mapping(keys: Self.entryKeys, aliases: Self.aliases(of: Self.entryKeys), what: "a figure")
        func node(_ key: String) -> ManifestValue? { pairs.first { $0.key.text == key }?.value }
        guard let kindNode = node("kind") else {
            throw value.error("this figure has no kind", fix: "add `kind:` with one of \(Kind.names.joined(separator: ", "))")
        }
        let kindName = try kindNode.string()
        guard let kind = Kind(name: kindName) else {
            throw kindNode.error("unknown kind '\(kindName)'",
                                 fix: Suggestion.nearest(to: kindName, among: Kind.names).map { "did you mean '\($0)'?" }
                                    ?? "use one of: \(Kind.names.joined(separator: ", "))")
        }
        var input: Manifest.Input?
        if let inputNode = node("input") {
            input = try self.input(inputNode, among: inputs)
        }
        let source = Lesson.Source(path: input?.path)
        var options = defaults
        options.lines = defaults.lines.filter { line in
            // A top-level default shapes only the kinds it applies to.
            Settings.option(named: String(line.prefix { $0 != "=" }))?.kinds.contains(kind) ?? true
        }
        for (key, value) in pairs {
            guard let option = Settings.option(named: key.text) else { continue }
            do {
                try option.check(for: kind, input: source)
            } catch let error as InputError {
                throw error.placingOptions { _ in key.value.keyPlace(key.text) }
            }
            try options.apply(option, key: key, value: value)
        }
        if kind != .handout, !kind.isSequence, !pairs.contains(where: { Settings.option(named: $0.key.text)?.name == "formats" }),
           options.settings.formats.contains(.gif) {
            // A top-level gif is for the sequences: the other kinds make their own files
            // only, and their fingerprint does not change with it.
            options.settings.formats.removeAll { $0 == .gif }
            options.lines = options.lines.map { line in
                line.hasPrefix("formats=") ? "formats=" + options.settings.formats.map(\.rawValue).joined(separator: ",") : line
            }
        }
        do {
            try options.settings.checkFormats(for: kind)
        } catch let error as InputError {
            let place = options.places["formats"] ?? value.place
            throw error.placingOptions { name in .key(name, file: place.file, line: place.line, column: place.column) }
        }
        if kind.needsDocuments, case .countTable = source, let input {
            throw node("input")!.error("a \(kind.name) figure trains on documents, but '\(input.name)' (\(input.written)) is a count table",
                                       fix: "give a documents file (one document per line) as its input")
        }
        let comparedWith = try node("with").map { try self.input($0, among: inputs) }
        if kind == .figures(.compare), comparedWith == nil {
            throw value.error("this compare figure has no `with`", fix: "add `with:` with the name of the input to set beside its `input`")
        }
        let withLine = comparedWith.map { ["with-input=\($0.written)"] } ?? []
        return Manifest.Entry(kind: kind, input: input?.name, inputPath: input?.path, settings: options.settings,
                              place: value.place, optionPlaces: options.places,
                              fingerprint: (options.lines + withLine + ["kind=\(kind.name)", "input=\(input?.written ?? "")"]).sorted()
                                  .joined(separator: "\n"),
                              comparedWith: comparedWith?.name, comparedWithPath: comparedWith?.path)
    }

    /// The input an entry names.
    private func input(_ value: ManifestValue, among inputs: [Manifest.Input]) throws -> Manifest.Input {
        let name = try value.string()
        if let found = inputs.first(where: { $0.name == name }) { return found }
        let names = inputs.map(\.name)
        if let near = Suggestion.nearest(to: name, among: names) {
            throw value.error("unknown input '\(name)'", fix: "did you mean '\(near)'?")
        }
        throw value.error("unknown input '\(name)'",
                          fix: names.isEmpty ? "name it under `inputs:`, as `\(name): documents.txt`"
                                             : "use one of the inputs: \(names.joined(separator: ", "))")
    }

    /// Options read so far: their values, where each was written, and each as a
    /// `name=value` line of the entry's fingerprint (the manifest's text, not the
    /// values, so it is the same in every process and changes only when the manifest does).
    private struct Options {
        var settings: Settings
        var places: [String: Manifest.Place]
        var lines: [String]

        /// Checks and stores the option `key` gives; a bad value is named at the value,
        /// under the key's name.
        mutating func apply(_ option: OptionDeclaration<Settings>, key: ManifestValue.Key, value: ManifestValue) throws {
            let given: GivenValue
            switch option.shape {
            case .flag, .value:
                given = .text(try value.string())
            case .list:
                let items = if case .sequence = value.node { try value.sequence(what: option.name) } else { [value] }
                given = .list(try items.map { try $0.string() })
            }
            do {
                try option.apply(given, to: &settings)
            } catch let error as InputError {
                throw error.placingOptions { _ in value.keyPlace(key.text) }
            }
            places[option.name] = key.value.place
            lines.removeAll { $0.hasPrefix("\(option.name)=") }
            lines.append("\(option.name)=\(given.text)")
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
