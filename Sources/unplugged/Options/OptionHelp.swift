import UnpluggedFigures

/// The options part of a command's help, written from its option declarations: what
/// `--help` shows is what the command reads.
enum OptionHelp {
    /// One paragraph per option: `--top <k>`, its help, its values, its default and the
    /// kinds it shapes.
    static func text<Root>(_ declarations: [OptionDeclaration<Root>], showingKinds: Bool = true) -> String {
        declarations.map { option in
            var flag = "--\(option.name)"
            switch option.shape {
            case .flag(let hasInversion): if hasInversion { flag += ", --no-\(option.name)" }
            case .value, .list: flag += " <\(option.valueName)>"
            }
            var notes: [String] = []
            if !option.choices.isEmpty { notes.append("one of \(option.choices.joined(separator: ", "))") }
            if let value = option.defaultDescription { notes.append("default \(value)") }
            let kinds = Kind.allCases.filter(option.kinds.contains)
            if showingKinds, !kinds.isEmpty, kinds.count < Kind.allCases.count { notes.append("for \(kinds.map(\.name).joined(separator: ", "))") }
            let note = notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"
            return "  \(flag)\n" + wrapped(option.help + note, indent: "      ")
        }.joined(separator: "\n")
    }

    /// `text` in lines of at most 79 characters, each after `indent`: the argument
    /// parser wraps longer lines of a discussion without the indent.
    private static func wrapped(_ text: String, indent: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, indent.count + line.count + 1 + word.count > 79 {
                lines.append(indent + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(indent + line)
        return lines.joined(separator: "\n")
    }
}
