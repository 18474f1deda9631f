import Yams

/// Finds YAML anchors (`&name`) and aliases (`*name`) before a document is read, so
/// that the front matter and the manifest can refuse them.
///
/// An alias stands for its anchor's whole value, and Yams compares the keys of each map
/// it reads, so a few lines of aliases of aliases, used as keys, would take hours to
/// read. So the YAML is first read with every `*` made `~` — YAML reads `~` like any
/// other character, even after a backslash, so this is the same YAML at the same places
/// but without aliases: an anchor shows on its node, and an alias as a plain value that
/// starts where the text has a `*`.
public enum YAMLAliases {
    /// What was found, and where: Yams' line and column (columns count Unicode scalars).
    public struct Found: Hashable, Sendable {
        public let line: Int
        public let column: Int
        /// "this is a YAML alias, `*name`".
        public let problem: String
    }

    /// The first anchor or alias of `yaml`; nil when it has none.
    /// - Throws: Yams' error when the YAML is not well-formed.
    public static func first(in yaml: String) throws -> Found? {
        // Every anchor has a `&` and every alias a `*`: most YAML has neither, and is not read twice.
        guard yaml.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "&") }) else { return nil }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let parser = try Parser(yaml: String(yaml.map { $0 == "*" ? "~" : $0 }), resolver: .basic)
        // Yams keeps a node's anchor only while its parser lives.
        return try withExtendedLifetime(parser) {
            try parser.singleRoot().flatMap { first(in: $0, lines: lines) }
        }
    }

    private static func first(in node: Yams.Node, lines: [[Unicode.Scalar]]) -> Found? {
        let (line, column) = (node.mark?.line ?? 1, node.mark?.column ?? 1)
        if let anchor = node.anchor {
            return Found(line: line, column: column, problem: "this is a YAML anchor, `&\(anchor.rawValue)`")
        }
        switch node {
        case .scalar(let scalar):
            let written = lines.indices.contains(line - 1) && lines[line - 1].indices.contains(column - 1)
                ? lines[line - 1][column - 1] : nil
            guard scalar.style == .plain, written == "*" else { return nil }
            let name = scalar.string.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            return Found(line: line, column: column, problem: "this is a YAML alias, `*\(name)`")
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let found = first(in: key, lines: lines) ?? first(in: value, lines: lines) { return found }
            }
            return nil
        case .sequence(let sequence):
            for item in sequence {
                if let found = first(in: item, lines: lines) { return found }
            }
            return nil
        case .alias:
            return nil
        }
    }
}
