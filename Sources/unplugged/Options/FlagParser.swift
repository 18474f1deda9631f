import ArgumentParser
import UnpluggedFigures
import UnpluggedModel

/// Reads a command's arguments through option declarations — `--name value`,
/// `--name=value`, `--flag`, `--no-flag` — and keeps the other arguments, in order, as
/// the command's positional ones (everything after `--` is positional).
///
/// The argument parser cannot take options declared at run time, so the commands that
/// read figure and input options hand it their arguments whole
/// (`@Argument(parsing: .captureForPassthrough)`) and read them here, from the same
/// declarations a manifest reads.
struct FlagParser<Root> {
    /// The command whose arguments these are, for `--help`.
    let command: any ParsableCommand.Type
    let declarations: [OptionDeclaration<Root>]
    /// Whether `--help` says which kinds each option shapes (`render`'s options do).
    var helpShowsKinds = false

    /// What the arguments said.
    struct Parsed {
        var root: Root
        var positionals: [String]
        /// The options given, in the order given.
        var given: [OptionDeclaration<Root>]
    }

    /// Parses `arguments` into `root`.
    /// - Throws: `ValidationError` (a usage error, exit 64) naming the flag: an unknown
    ///   option (with the nearest named), a missing or bad value; `CleanExit` with the
    ///   command's help and its options for `--help`.
    func parse(_ arguments: [String], into root: Root) throws -> Parsed {
        if arguments.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }) {
            // The options' help is written only when asked for: it is made from the
            // declarations, and start-up should not pay for it.
            throw CleanExit.message(command.helpMessage() + "\nOPTIONS OF \(command.configuration.commandName!.uppercased()):\n"
                                    + OptionHelp.text(declarations, showingKinds: helpShowsKinds))
        }
        var parsed = Parsed(root: root, positionals: [], given: [])
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                parsed.positionals += arguments[index...]
                break
            }
            guard argument.hasPrefix("--"), argument.count > 2 else {
                if argument.hasPrefix("-"), argument.count > 1, Double(argument) == nil {
                    throw ValidationError("\(argument): options are written with two dashes; see --help")
                }
                parsed.positionals.append(argument)
                continue
            }
            var name = String(argument.dropFirst(2))
            var attached: String?
            if let equals = name.firstIndex(of: "=") {
                attached = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            let (option, given) = try lookUp(name, flag: "--\(name)")
            let value: GivenValue
            switch option.shape {
            case .flag:
                guard attached == nil else {
                    throw ValidationError("--\(name): a flag takes no value; write --\(name) alone")
                }
                value = .flag(given)
            case .value, .list:
                guard let text = attached ?? (index < arguments.count ? arguments[index] : nil) else {
                    throw ValidationError("--\(name): a value is missing; write it after the flag, as --\(option.name) \(option.valueName)")
                }
                if attached == nil { index += 1 }
                value = option.shape == .list
                    ? .list(text.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
                    : .text(text)
            }
            do {
                try option.apply(value, to: &parsed.root)
            } catch let error as InputError {
                throw ValidationError(error.placingOptions { _ in .flag("--\(name)") }.description)
            }
            parsed.given.removeAll { $0.name == option.name }
            parsed.given.append(option)
        }
        return parsed
    }

    /// Parses the arguments of a command that takes at most `limit` positional
    /// arguments (`usage` names them in the error when there are more).
    func parse(_ arguments: [String], into root: Root, positionalsAtMost limit: Int, usage: String) throws -> Parsed {
        let parsed = try parse(arguments, into: root)
        guard parsed.positionals.count <= limit else {
            throw ValidationError("'\(parsed.positionals[limit])' is one argument too many: \(usage)")
        }
        return parsed
    }

    /// The option `name` names, and the value a flag sets (`--no-x` sets false).
    private func lookUp(_ name: String, flag: String) throws -> (OptionDeclaration<Root>, Bool) {
        if let option = declarations.first(where: { $0.answers(to: name) }) { return (option, true) }
        if name.hasPrefix("no-"),
           let option = declarations.first(where: { $0.answers(to: String(name.dropFirst(3))) }),
           option.shape == .flag(hasInversion: true) {
            return (option, false)
        }
        let names = declarations.flatMap { declaration in
            [declaration.name] + (declaration.shape == .flag(hasInversion: true) ? ["no-\(declaration.name)"] : [])
        }
        if let near = Suggestion.nearest(to: name, among: names) {
            throw ValidationError("\(flag): unknown option; did you mean --\(near)?")
        }
        throw ValidationError("\(flag): unknown option; see --help for the options")
    }
}

extension InputError {
    /// The error with options named as the command line writes them.
    var onCommandLine: InputError { placingOptions { .flag("--\($0)") } }
}
