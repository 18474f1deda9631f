/// A path cut into its folder and its last name, by hand: Foundation's
/// `deletingLastPathComponent` traps on a one-letter name (`--out o`), and an output
/// folder may well be called that.
struct PathParts {
    /// The folder part, without its trailing slash: "" for a bare name, "/" at the root.
    let folder: String
    /// The last name.
    let name: String

    init(_ path: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else {
            folder = ""
            name = String(trimmed)
            return
        }
        let before = trimmed[..<slash]
        folder = before.isEmpty ? "/" : String(before)
        name = String(trimmed[trimmed.index(after: slash)...])
    }
}
