import Yams

/// A value of the front matter and where the file has it, read as the front matter's
/// keys need it.
struct FrontMatterNode {
    let node: Yams.Node
    /// The file offset where the value is written.
    var offset: Int
    let source: FrontMatterSource

    func problem(_ problem: String, fix: String) -> LocatedProblem {
        LocatedProblem(offset: offset, problem: problem, fix: fix)
    }

    /// The text of a single value; nil for a list, a map, or no value (nothing, `~` or
    /// `null`, unquoted).
    var text: String? {
        guard case .scalar(let scalar) = node else { return nil }
        if scalar.style == .plain, ["", "~", "null"].contains(scalar.string) { return nil }
        return scalar.string
    }

    /// The `key: value` pairs of a map, in the order written; nil when this is not a map.
    /// A value left out (`key:`) is placed at its key, since it has no place of its own.
    var pairs: [(key: FrontMatterNode, value: FrontMatterNode)]? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.map { key, value in
            let key = source.node(key)
            var value = source.node(value)
            if case .scalar(let scalar) = value.node, scalar.style == .plain, scalar.string.isEmpty {
                value.offset = key.offset
            }
            return (key, value)
        }
    }

    /// The items of a list; nil when this is not a list.
    var items: [FrontMatterNode]? {
        guard case .sequence(let sequence) = node else { return nil }
        return sequence.map(source.node)
    }

    /// Whether the file holds the text as it is at `offset` (a value written plainly on
    /// one line), so a place inside the text is that place in the file.
    var isWrittenAsIs: Bool {
        guard let text else { return false }
        return source.holds(text, at: offset)
    }
}
