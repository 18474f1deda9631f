import UnpluggedModel
import Yams

/// A node of the manifest's YAML with its place, and the readings of it a manifest
/// needs; each throws an `InputError` at the node's line and column when the node is
/// not what the key takes.
struct ManifestValue {
    let node: Yams.Node
    let file: String

    /// A mapping's key: its text and its own place, for "unknown key" errors.
    struct Key {
        let text: String
        let value: ManifestValue
    }

    var place: Manifest.Place {
        Manifest.Place(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func error(_ problem: String, fix: String) -> InputError {
        InputError(file: file, line: place.line, column: place.column, problem: problem, fix: fix)
    }

    /// The `key: value` pairs in the order written.
    /// - Parameter keys: the keys allowed, or nil for any (names the user chooses).
    func mapping(keys: [String]?, what: String) throws -> [(key: Key, value: ManifestValue)] {
        guard case .mapping(let mapping) = node else {
            throw error("\(what) should be a map of `key: value` lines", fix: "write `key: value` lines here")
        }
        return try mapping.map { pair in
            let key = ManifestValue(node: pair.key, file: file)
            let text = try key.string()
            if let keys, !keys.contains(text) {
                if let near = Suggestion.nearest(to: text, among: keys) {
                    throw key.error("unknown key '\(text)'", fix: "did you mean '\(near)'?")
                }
                throw key.error("unknown key '\(text)' in \(what)", fix: "use one of: \(keys.joined(separator: ", "))")
            }
            return (Key(text: text, value: key), ManifestValue(node: pair.value, file: file))
        }
    }

    func sequence(what: String) throws -> [ManifestValue] {
        guard case .sequence(let sequence) = node else {
            throw error("\(what) should be a list", fix: "write one `- ` item per line under it")
        }
        return sequence.map { ManifestValue(node: $0, file: file) }
    }

    /// A scalar's text; a missing value, a list or a map is an error.
    func string() throws -> String {
        guard case .scalar(let scalar) = node else {
            if case .alias = node {
                throw error("anchors and aliases (*name) are not read here", fix: "write the value out")
            }
            throw error("this should be a single value, not a list or a map", fix: "write one value after the colon")
        }
        if scalar.style == .plain, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" {
            throw error("this key has no value", fix: "write a value after the colon, or leave the key out")
        }
        return scalar.string
    }

    func integer(atLeast minimum: Int, atMost maximum: Int = .max) throws -> Int {
        let text = try string()
        guard let value = Int(text), value >= minimum, value <= maximum else {
            let range = maximum == .max ? "of \(minimum) or more" : "from \(minimum) to \(maximum)"
            throw error("'\(text)' is not a whole number \(range)", fix: "write a number such as \(minimum)")
        }
        return value
    }

    func seed() throws -> UInt64 {
        let text = try string()
        guard let value = UInt64(text) else {
            throw error("'\(text)' is not a seed", fix: "write a whole number from 0 to \(UInt64.max)")
        }
        return value
    }

    func number(above minimum: Double, atMost maximum: Double) throws -> Double {
        let text = try string()
        guard let value = Double(text), value > minimum, value <= maximum else {
            throw error("'\(text)' is not a number more than \(Int(minimum)) and at most \(Int(maximum))",
                        fix: "write a number such as 2")
        }
        return value
    }

    func boolean() throws -> Bool {
        let text = try string()
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("'\(text)' is not true or false", fix: "write true or false")
        }
    }

    /// One of an option's values, with the nearest named when it is misspelt.
    func choice<Value: RawRepresentable & CaseIterable>(what: String) throws -> Value where Value.RawValue == String {
        let text = try string()
        if let value = Value(rawValue: text) { return value }
        let names = Value.allCases.map(\.rawValue)
        if let near = Suggestion.nearest(to: text, among: names) {
            throw error("unknown \(what) '\(text)'", fix: "did you mean '\(near)'?")
        }
        throw error("unknown \(what) '\(text)'", fix: "use one of: \(names.joined(separator: ", "))")
    }

    /// A list of words (`[blue, green]`), or one word.
    func words() throws -> [String] {
        let items = if case .sequence = node { try sequence(what: "the words") } else { [self] }
        return try items.map { item in
            let word = try item.string()
            guard !word.contains(where: \.isWhitespace) else {
                throw item.error("'\(word)' is more than one word", fix: "write a list with one word per item, as [blue, green]")
            }
            return word
        }
    }
}
