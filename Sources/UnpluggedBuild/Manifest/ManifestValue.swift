import UnpluggedModel
import UnpluggedFigures
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

    /// Where a value of the option `key` is, for an error about it: `figures.yml:12:11: prompt: …`.
    func keyPlace(_ key: String) -> InputError.Place {
        .key(key, file: file, line: place.line, column: place.column)
    }

    /// The `key: value` pairs in the order written.
    /// - Parameters:
    ///   - keys: the keys allowed, or nil for any (names the user chooses); "use one of"
    ///     lists them.
    ///   - aliases: other names allowed, not listed.
    func mapping(keys: [String]?, aliases: [String] = [], what: String) throws -> [(key: Key, value: ManifestValue)] {
        guard case .mapping(let mapping) = node else {
            throw error("\(what) should be a map of `key: value` lines", fix: "write `key: value` lines here")
        }
        return try mapping.map { pair in
            let key = ManifestValue(node: pair.key, file: file)
            let text = try key.string()
            if let keys, !keys.contains(text), !aliases.contains(text) {
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
            throw error("this should be a single value, not a list or a map", fix: "write one value after the colon")
        }
        if scalar.style == .plain, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" {
            throw error("this key has no value", fix: "write a value after the colon, or leave the key out")
        }
        return scalar.string
    }
}

extension GivenValue {
    /// The value as written, for an entry's fingerprint.
    var text: String {
        switch self {
        case .flag(let value): String(value)
        case .text(let text): text
        case .list(let items): items.joined(separator: ",")
        }
    }
}
