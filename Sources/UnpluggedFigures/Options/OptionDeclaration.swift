import UnpluggedModel

/// One option, declared once: its name (the command line's `--name` and the manifest's
/// `name:`), how it is given, its help, the kinds it shapes, where a manifest may give
/// it, and how its text is checked and stored. The command line and the manifest both
/// read options through these declarations only, so they cannot drift apart.
///
/// `Root` is the value the options fill: `Settings` for figures and handouts, or a
/// command's own settings, which take the shared declarations `lifted(into:)` theirs.
public struct OptionDeclaration<Root>: Sendable {
    /// The long name: `prompt` is `--prompt` and `prompt:`.
    public let name: String
    /// Other names it answers to (`format` for `formats`).
    public private(set) var aliases: [String]
    public let shape: OptionShape
    /// What it does, in a sentence, for help.
    public let help: String
    /// The value's placeholder in help (`k`, `w1,w2`); empty for a flag.
    public let valueName: String
    /// The values it takes, when it is a choice: for help and "use one of".
    public let choices: [String]
    /// The default as help shows it; nil when there is none to show.
    public let defaultDescription: String?
    /// The kinds of figure (and the handout) it shapes; empty for a command's own option.
    public let kinds: Set<Kind>
    /// Whether a manifest may give it once at the top, for every figure.
    public let isManifestDefault: Bool
    /// What input it needs: some only read documents files.
    public let needs: InputNeed
    /// Checks the value and stores it; throws `InputError` placed at `.option(name)`.
    let store: @Sendable (inout Root, GivenValue) throws -> Void

    public init(_ name: String, aliases: [String] = [], shape: OptionShape, help: String, valueName: String = "",
                choices: [String] = [], defaultDescription: String? = nil, kinds: Set<Kind> = [],
                isManifestDefault: Bool = false, needs: InputNeed = .any,
                store: @escaping @Sendable (inout Root, GivenValue) throws(OptionProblem) -> Void) {
        self.init(lifting: name, aliases: aliases, shape: shape, help: help, valueName: valueName, choices: choices,
                  defaultDescription: defaultDescription, kinds: kinds, isManifestDefault: isManifestDefault, needs: needs,
                  store: { root, given in
                      do throws(OptionProblem) {
                          try store(&root, given)
                      } catch {
                          throw InputError(option: name, problem: error.problem, fix: error.fix)
                      }
                  })
    }

    /// Checks `given` and stores it in `root`.
    /// - Throws: `InputError` placed at `.option(name)`, for the caller to place where
    ///   the option was written.
    public func apply(_ given: GivenValue, to root: inout Root) throws {
        try store(&root, given)
    }

    /// Whether `name` (without dashes) names this option.
    public func answers(to name: String) -> Bool { name == self.name || aliases.contains(name) }

    /// The same option filling the `Root` inside `Outer`; `defaultDescription` replaces
    /// the default help shows, where the command starts from another one.
    public func lifted<Outer>(into path: WritableKeyPath<Outer, Root> & Sendable, defaultDescription: String? = nil)
        -> OptionDeclaration<Outer> {
        let store = self.store
        return OptionDeclaration<Outer>(
            lifting: name, aliases: aliases, shape: shape, help: help, valueName: valueName, choices: choices,
            defaultDescription: defaultDescription ?? self.defaultDescription, kinds: kinds,
            isManifestDefault: isManifestDefault, needs: needs,
            store: { outer, given in try store(&outer[keyPath: path], given) })
    }

    /// Every field as given, `store` throwing errors already placed at `.option(name)`.
    private init(lifting name: String, aliases: [String], shape: OptionShape, help: String, valueName: String, choices: [String],
                 defaultDescription: String?, kinds: Set<Kind>, isManifestDefault: Bool, needs: InputNeed,
                 store: @escaping @Sendable (inout Root, GivenValue) throws -> Void) {
        self.name = name
        self.aliases = aliases
        self.shape = shape
        self.help = help
        self.valueName = valueName
        self.choices = choices
        self.defaultDescription = defaultDescription
        self.kinds = kinds
        self.isManifestDefault = isManifestDefault
        self.needs = needs
        self.store = store
    }

    /// Why this option cannot be given for `kind` from `input`, if it cannot.
    /// - Throws: `InputError` placed at `.option(name)`.
    public func check(for kind: Kind?, input: Lesson.Source) throws {
        if let kind, !kinds.isEmpty, !kinds.contains(kind) {
            let shaped = Kind.allCases.filter(kinds.contains)
            let left = Kind.allCases.filter { !kinds.contains($0) }
            let problem = if shaped == Kind.allCases.filter({ $0 != .handout }) {
                "it shapes the figures, not the handout"
            } else if left.count < shaped.count {
                // Most kinds: the few it leaves out read better than the many it shapes.
                "it shapes every kind but \(Self.list(left.map(\.name), joinedBy: "and"))"
            } else {
                "it shapes \(Self.list(shaped.map(\.name))) figures, not \(kind == .handout ? "the handout" : kind.name)"
            }
            throw InputError(option: name, problem: problem, fix: "leave it out of this \(kind.name) figure")
        }
        // A kind that reads its own text reads it with the reading options, whatever the input.
        if needs == .documentsFile, kind?.readsText == true { return }
        switch (needs, input) {
        case (.any, _), (.inputFile, .documents), (.inputFile, .countTable), (.documentsFile, .documents):
            return
        case (_, .builtIn):
            throw InputError(option: name, problem: "it reads an input file, but there is none: the built-in lesson is a count table",
                             fix: "give a documents file as the input, or leave it out")
        case (_, .countTable(let path)):
            throw InputError(option: name, problem: "it reads a documents file, but \(path) is a count table",
                             fix: "give a documents file as the input, or leave it out")
        }
    }

    /// "a, b or c".
    static func list(_ names: [String], joinedBy last: String = "or") -> String {
        names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " \(last) " + names.last!
    }
}

/// An option's value as the user wrote it, before it is checked.
public enum GivenValue: Hashable, Sendable {
    /// A flag given (`--shade`: true, `--no-lowercase`: false), or a manifest's true/false.
    case flag(Bool)
    /// One value as text.
    case text(String)
    /// The items of a list: a command line's comma-separated value, a manifest's list.
    case list([String])
}

/// What is wrong with an option's value and how to fix it, before the option is placed.
public struct OptionProblem: Error, Hashable, Sendable {
    public let problem: String
    public let fix: String

    public init(_ problem: String, fix: String) {
        self.problem = problem
        self.fix = fix
    }
}

extension OptionDeclaration {
    /// The same option, also answering to `alias`.
    public func also(answering alias: String) -> Self {
        var copy = self
        copy.aliases.append(alias)
        return copy
    }
}

/// How an option is written.
public enum OptionShape: Hashable, Sendable {
    /// `--shade` (and `--no-lowercase` when it `hasInversion`); `shade: true`.
    case flag(hasInversion: Bool)
    /// `--top 3`; `top: 3`.
    case value
    /// `--prompt blue,green`; `prompt: [blue, green]` (or one word).
    case list
}

/// The input an option reads.
public enum InputNeed: Hashable, Sendable {
    /// Any input, the built-in lesson included.
    case any
    /// An input file: a documents file or a count table.
    case inputFile
    /// A documents file: it says how documents are read or counted.
    case documentsFile
}
