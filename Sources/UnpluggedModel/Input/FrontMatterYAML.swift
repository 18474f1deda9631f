/// A value of the front matter, with where it was written.
///
/// The front matter is a small YAML block; the model layer reads the part of YAML a
/// teacher writes there itself (scalars, one-line `[lists]` and `{maps}`, `- item` lists
/// and one level of nested `key: value` lines), so every error can name the exact line
/// and column, and the model needs no YAML library.
struct YAMLNode {
    enum Value {
        case null
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    var value: Value
    /// The 1-based file line and column where the value starts.
    var line: Int
    var column: Int

    /// The scalar's text, or nil for a list, a map or nothing.
    var scalar: String? {
        if case .scalar(let text) = value { return text }
        return nil
    }
}

/// A problem in the front matter's YAML, placed at a line and column of the file.
struct YAMLProblem: Error {
    var line: Int
    var column: Int
    var problem: String
    var fix: String
}

/// Reads the lines between the front matter's `---` markers into a mapping.
struct FrontMatterYAML {
    /// One line of the front matter: its file line number and its characters.
    struct Line {
        var number: Int
        var text: [Character]

        var indent: Int { text.prefix { $0 == " " }.count }
        /// Nothing but spaces or a comment.
        var isBlank: Bool {
            let rest = text.drop { $0 == " " }
            return rest.isEmpty || rest.first == "#"
        }
    }

    private let lines: [Line]
    private var index = 0

    init(lines: [Line]) {
        self.lines = lines
    }

    /// The top-level `key: value` pairs, in the order written.
    mutating func readMapping() throws(YAMLProblem) -> [(key: YAMLNode, value: YAMLNode)] {
        for line in lines {
            if let tab = line.text.prefix(while: { $0 == " " || $0 == "\t" }).firstIndex(of: "\t") {
                throw YAMLProblem(line: line.number, column: tab + 1, problem: "the front matter is indented with a tab",
                                  fix: "indent with spaces, as YAML requires")
            }
        }
        skipBlankLines()
        guard index < lines.count else { return [] }
        let top = lines[index].indent
        if top != 0 {
            throw YAMLProblem(line: lines[index].number, column: 1, problem: "the front matter's first key is indented",
                              fix: "start each top-level key at the beginning of its line")
        }
        let entries = try readBlockMapping(indent: 0)
        skipBlankLines()
        if index < lines.count {
            let line = lines[index]
            throw YAMLProblem(line: line.number, column: line.indent + 1, problem: "this line is indented but belongs to no key",
                              fix: "line it up with the keys, or put it under a key that takes a list or a map")
        }
        return entries
    }

    private mutating func skipBlankLines() {
        while index < lines.count, lines[index].isBlank { index += 1 }
    }

    /// `key: value` lines at exactly `indent` spaces.
    private mutating func readBlockMapping(indent: Int) throws(YAMLProblem) -> [(key: YAMLNode, value: YAMLNode)] {
        var entries: [(key: YAMLNode, value: YAMLNode)] = []
        while true {
            skipBlankLines()
            guard index < lines.count, lines[index].indent == indent else { return entries }
            let line = lines[index]
            var cursor = Cursor(line: line, position: indent)
            let key = try cursor.readKey()
            index += 1
            if cursor.atValueEnd {
                entries.append((key, try readBlockChild(of: key, parentIndent: indent)))
            } else {
                entries.append((key, try cursor.readInlineValue(for: key.scalar ?? "")))
            }
        }
    }

    /// The value written on the lines under `key:`: a `- item` list or nested `key: value` lines.
    private mutating func readBlockChild(of key: YAMLNode, parentIndent: Int) throws(YAMLProblem) -> YAMLNode {
        skipBlankLines()
        guard index < lines.count else { return YAMLNode(value: .null, line: key.line, column: key.column) }
        let line = lines[index]
        let isItem = line.text.dropFirst(line.indent).starts(with: ["-"])
            && (line.text.count == line.indent + 1 || line.text[line.indent + 1] == " ")
        if isItem, line.indent >= parentIndent {
            return try readBlockSequence(indent: line.indent, key: key.scalar ?? "")
        }
        if line.indent > parentIndent {
            let entries = try readBlockMapping(indent: line.indent)
            return YAMLNode(value: .mapping(entries), line: line.number, column: line.indent + 1)
        }
        return YAMLNode(value: .null, line: key.line, column: key.column)
    }

    /// `- item` lines at exactly `indent` spaces; each item is a scalar or a one-line list.
    private mutating func readBlockSequence(indent: Int, key: String) throws(YAMLProblem) -> YAMLNode {
        let first = lines[index]
        var items: [YAMLNode] = []
        while true {
            skipBlankLines()
            guard index < lines.count, lines[index].indent == indent,
                  lines[index].text.dropFirst(indent).starts(with: ["-"]) else { break }
            let line = lines[index]
            var cursor = Cursor(line: line, position: indent + 1)
            guard cursor.atValueEnd || line.text[indent + 1] == " " else { break }
            index += 1
            if cursor.atValueEnd {
                throw YAMLProblem(line: line.number, column: indent + 1, problem: "`\(key)` has an empty list item",
                                  fix: "write a value after the dash, or remove the line")
            }
            items.append(try cursor.readInlineValue(for: key))
        }
        return YAMLNode(value: .sequence(items), line: first.number, column: indent + 1)
    }
}

/// A reading position inside one front matter line.
private struct Cursor {
    let line: FrontMatterYAML.Line
    var position: Int

    private var text: [Character] { line.text }

    private func problem(at position: Int, _ problem: String, fix: String) -> YAMLProblem {
        YAMLProblem(line: line.number, column: position + 1, problem: problem, fix: fix)
    }

    private mutating func skipSpaces() {
        while position < text.count, text[position] == " " { position += 1 }
    }

    /// Only spaces or a comment are left on the line.
    var atValueEnd: Bool {
        var probe = position
        while probe < text.count, text[probe] == " " { probe += 1 }
        return probe == text.count || (text[probe] == "#" && (probe == 0 || text[probe - 1] == " "))
    }

    /// A key and the colon after it.
    mutating func readKey() throws(YAMLProblem) -> YAMLNode {
        let start = position
        let key: String
        if text[position] == "\"" || text[position] == "'" {
            key = try readQuoted(for: "a key")
            skipSpaces()
            guard position < text.count, text[position] == ":" else {
                throw problem(at: position, "a quoted key is not followed by a colon", fix: "write `\"key\": value`")
            }
        } else {
            var end = position
            while end < text.count, !(text[end] == ":" && (end + 1 == text.count || text[end + 1] == " ")) { end += 1 }
            guard end < text.count else {
                throw problem(at: start, "this line is not `key: value`",
                              fix: "write a key, a colon and a space, then the value (or quote a colon inside a value)")
            }
            key = String(text[position..<end]).trimmingSpaces
            position = end
            guard !key.isEmpty else {
                throw problem(at: start, "a value has no key", fix: "write the key before the colon")
            }
        }
        position += 1
        return YAMLNode(value: .scalar(key), line: line.number, column: start + 1)
    }

    /// A value written after `key:` or `- `: a scalar, `[a, b]` or `{a: b}`.
    mutating func readInlineValue(for key: String) throws(YAMLProblem) -> YAMLNode {
        skipSpaces()
        let start = position
        let node: YAMLNode
        switch text[position] {
        case "[":
            node = try readFlowSequence(for: key)
        case "{":
            node = try readFlowMapping(for: key)
        case "|", ">":
            throw problem(at: start, "`\(key)` uses a block scalar (`|` or `>`), which the front matter does not read",
                          fix: "write the value on one line, quoted if it has a colon or a #")
        case "&", "*", "!":
            throw problem(at: start, "`\(key)` uses a YAML anchor, alias or tag, which the front matter does not read",
                          fix: "write the value itself")
        default:
            node = try readScalar(for: key, inFlow: false)
        }
        guard atValueEnd else {
            skipSpaces()
            throw problem(at: position, "`\(key)` has more after its value", fix: "remove it, or quote the whole value")
        }
        return node
    }

    /// A plain or quoted scalar; in a flow collection a plain scalar ends at `,`, `]` or `}`.
    private mutating func readScalar(for key: String, inFlow: Bool) throws(YAMLProblem) -> YAMLNode {
        skipSpaces()
        let start = position
        if position < text.count, text[position] == "\"" || text[position] == "'" {
            let value = try readQuoted(for: "`\(key)`")
            return YAMLNode(value: .scalar(value), line: line.number, column: start + 1)
        }
        var end = position
        while end < text.count {
            let character = text[end]
            if character == "#", end > start, text[end - 1] == " " { break }
            if character == "#", end == start { break }
            if inFlow, character == "," || character == "]" || character == "}" { break }
            if inFlow, character == "[" || character == "{" {
                throw problem(at: end, "`\(key)` has a list or map inside a list or map",
                              fix: "write plain values inside the brackets")
            }
            end += 1
        }
        let value = String(text[start..<end]).trimmingSpaces
        position = end
        if value.isEmpty || value == "~" || value == "null" {
            return YAMLNode(value: .null, line: line.number, column: start + 1)
        }
        return YAMLNode(value: .scalar(value), line: line.number, column: start + 1)
    }

    /// A `"double"` (with backslash escapes) or `'single'` (with `''`) quoted scalar.
    private mutating func readQuoted(for what: String) throws(YAMLProblem) -> String {
        let quote = text[position]
        let start = position
        position += 1
        var value = ""
        while position < text.count {
            let character = text[position]
            if character == quote {
                if quote == "'", position + 1 < text.count, text[position + 1] == "'" {
                    value.append("'")
                    position += 2
                    continue
                }
                position += 1
                return value
            }
            if quote == "\"", character == "\\" {
                position += 1
                guard position < text.count else { break }
                value.append(contentsOf: try readEscape())
                continue
            }
            value.append(character)
            position += 1
        }
        throw problem(at: start, "\(what) has a quote that is never closed",
                      fix: "close it with \(quote) on the same line")
    }

    /// The character after a backslash in a double-quoted scalar.
    private mutating func readEscape() throws(YAMLProblem) -> String {
        let escape = text[position]
        position += 1
        switch escape {
        case "\"": return "\""
        case "\\": return "\\"
        case "/": return "/"
        case "n": return "\n"
        case "t": return "\t"
        case "u", "U", "x":
            let width = escape == "x" ? 2 : escape == "u" ? 4 : 8
            let digits = String(text[position..<min(text.count, position + width)])
            guard digits.count == width, let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else {
                throw problem(at: position - 2, "`\\\(escape)` is not followed by \(width) hex digits of a character",
                              fix: "write the character itself, or \\u and four hex digits")
            }
            position += width
            return String(Character(scalar))
        default:
            throw problem(at: position - 2, "`\\\(escape)` is not an escape YAML knows",
                          fix: "write \\\\ for a backslash, or use single quotes")
        }
    }

    private mutating func readFlowSequence(for key: String) throws(YAMLProblem) -> YAMLNode {
        let start = position
        position += 1
        var items: [YAMLNode] = []
        skipSpaces()
        if position < text.count, text[position] == "]" {
            position += 1
            return YAMLNode(value: .sequence(items), line: line.number, column: start + 1)
        }
        while true {
            let item = try readScalar(for: key, inFlow: true)
            if case .null = item.value {
                throw problem(at: item.column - 1, "`\(key)` has an empty item in its list", fix: "remove the extra comma")
            }
            items.append(item)
            skipSpaces()
            guard position < text.count else { break }
            if text[position] == "," { position += 1; continue }
            if text[position] == "]" {
                position += 1
                return YAMLNode(value: .sequence(items), line: line.number, column: start + 1)
            }
            break
        }
        throw problem(at: start, "`\(key)` has a list that is not closed on its line",
                      fix: "end it with ] on the same line, or write one `- item` line per item")
    }

    private mutating func readFlowMapping(for key: String) throws(YAMLProblem) -> YAMLNode {
        let start = position
        position += 1
        var entries: [(key: YAMLNode, value: YAMLNode)] = []
        skipSpaces()
        if position < text.count, text[position] == "}" {
            position += 1
            return YAMLNode(value: .mapping(entries), line: line.number, column: start + 1)
        }
        while position < text.count {
            skipSpaces()
            let entryStart = position
            var end = position
            while end < text.count, text[end] != ":", text[end] != ",", text[end] != "}" { end += 1 }
            guard end < text.count, text[end] == ":" else {
                throw problem(at: entryStart, "`\(key)` has an entry without a colon", fix: "write `word: value` pairs")
            }
            var entryKey = String(text[position..<end]).trimmingSpaces
            if let first = entryKey.first, first == "\"" || first == "'", entryKey.count >= 2, entryKey.last == first {
                entryKey = String(entryKey.dropFirst().dropLast())
            }
            position = end + 1
            let value = try readScalar(for: key, inFlow: true)
            entries.append((YAMLNode(value: .scalar(entryKey), line: line.number, column: entryStart + 1), value))
            skipSpaces()
            guard position < text.count else { break }
            if text[position] == "," { position += 1; continue }
            if text[position] == "}" {
                position += 1
                return YAMLNode(value: .mapping(entries), line: line.number, column: start + 1)
            }
            break
        }
        throw problem(at: start, "`\(key)` has a map that is not closed on its line",
                      fix: "end it with } on the same line, or write one `word: value` line per entry")
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let characters = Array(self)
        guard let first = characters.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = characters.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(characters[first...last])
    }
}
