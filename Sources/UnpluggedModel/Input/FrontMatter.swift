/// A value from the front matter with the line and column it was written at, so a
/// later check (a colour for a word no document uses) can still point at it.
struct Positioned<Value: Sendable>: Sendable {
    var value: Value
    var line: Int
    var column: Int
}

/// The settings a documents file gives itself in a YAML block between `---` lines at
/// its top, checked key by key.
///
/// Unknown keys and bad values are errors that name the key, so a misspelt
/// `vocabluary:` is caught instead of silently ignored. `title`, `author`, `url` and
/// `license` are kept as metadata, so corpora made for other unplugged-LM toolkits load
/// as they are.
struct FrontMatter: Sendable {
    var end: Positioned<String>?
    var vocabulary: [Positioned<String>]?
    var colors: [(word: Positioned<String>, color: WordColor)] = []
    var tokens: Tokenization?
    var documents: DocumentSplitting?
    var lowercase: Bool?
    var punctuation: [Unicode.Scalar]?
    var metadata = Metadata()
    /// Where the documents start: after the closing `---`, or after a byte-order mark.
    var bodyOffset = 0

    /// Every key the front matter may set.
    static let keys = ["end", "vocabulary", "colors", "tokens", "documents", "lowercase", "punctuation",
                       "title", "author", "url", "license"]

    /// Reads the front matter at the top of `text`, if it has one.
    static func read(from text: InputText) throws -> FrontMatter {
        var frontMatter = FrontMatter()
        let lines = try FrontMatterLines.read(from: text)
        frontMatter.bodyOffset = lines.bodyOffset
        guard let yamlLines = lines.yaml else { return frontMatter }
        var parser = FrontMatterYAML(lines: yamlLines)
        do {
            var seen: [String: Int] = [:]
            for (key, value) in try parser.readMapping() {
                let name = key.scalar ?? ""
                if let earlier = seen[name] {
                    throw YAMLProblem(line: key.line, column: key.column, problem: "`\(name)` is given twice (first on line \(earlier))",
                                      fix: "keep one of them")
                }
                seen[name] = key.line
                try frontMatter.set(name, to: value, keyNode: key)
            }
        } catch let problem as YAMLProblem {
            throw text.inputError(line: problem.line, column: problem.column, problem.problem, fix: problem.fix)
        }
        return frontMatter
    }

    private mutating func set(_ key: String, to node: YAMLNode, keyNode: YAMLNode) throws(YAMLProblem) {
        switch key {
        case "end":
            let word = try Self.text(node, key: key)
            guard !word.isEmpty else {
                throw YAMLProblem(line: node.line, column: node.column, problem: "`end` is empty",
                                  fix: "name the end token with one word, such as white")
            }
            guard !word.contains(where: \.isWhitespace) else {
                throw YAMLProblem(line: node.line, column: node.column, problem: "`end` is `\(word)`, which has white space in it",
                                  fix: "name the end token with one word, such as white")
            }
            end = Positioned(value: word, line: node.line, column: node.column)
        case "vocabulary":
            vocabulary = try Self.vocabulary(node)
        case "colors":
            colors = try Self.colors(node)
        case "tokens":
            tokens = try Self.choice(node, key: key, Tokenization.self)
        case "documents":
            documents = try Self.choice(node, key: key, DocumentSplitting.self)
        case "lowercase":
            lowercase = try Self.boolean(node, key: key)
        case "punctuation":
            punctuation = try Self.punctuation(node)
        case "title": metadata.title = try Self.text(node, key: key)
        case "author": metadata.author = try Self.text(node, key: key)
        case "url": metadata.url = try Self.text(node, key: key)
        case "license": metadata.license = try Self.text(node, key: key)
        default:
            throw YAMLProblem(line: keyNode.line, column: keyNode.column, problem: "`\(key)` is not a front matter key",
                              fix: "use one of \(Self.keys.joined(separator: ", ")), or fix its spelling")
        }
    }

    private static func text(_ node: YAMLNode, key: String) throws(YAMLProblem) -> String {
        guard let text = node.scalar else {
            throw YAMLProblem(line: node.line, column: node.column, problem: "`\(key)` has no text value",
                              fix: "write `\(key): ` and the value on one line")
        }
        return text
    }

    private static func choice<Choice: RawRepresentable & CaseIterable>(
        _ node: YAMLNode, key: String, _ type: Choice.Type
    ) throws(YAMLProblem) -> Choice where Choice.RawValue == String {
        let names = Choice.allCases.map(\.rawValue)
        guard let text = node.scalar, let choice = Choice(rawValue: text) else {
            throw YAMLProblem(line: node.line, column: node.column,
                              problem: "`\(key)` is \(node.scalar.map { "`\($0)`" } ?? "not a word")",
                              fix: "write one of \(names.joined(separator: ", "))")
        }
        return choice
    }

    private static func boolean(_ node: YAMLNode, key: String) throws(YAMLProblem) -> Bool {
        switch node.scalar?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            throw YAMLProblem(line: node.line, column: node.column,
                              problem: "`\(key)` is \(node.scalar.map { "`\($0)`" } ?? "empty"), not true or false",
                              fix: "write `\(key): true` or `\(key): false`")
        }
    }

    /// A list of words, or one line of words separated by spaces.
    private static func vocabulary(_ node: YAMLNode) throws(YAMLProblem) -> [Positioned<String>] {
        var words: [Positioned<String>] = []
        switch node.value {
        case .sequence(let items):
            for item in items {
                guard let word = item.scalar else {
                    throw YAMLProblem(line: item.line, column: item.column, problem: "`vocabulary` has an item that is not a word",
                                      fix: "list plain words")
                }
                words.append(Positioned(value: word, line: item.line, column: item.column))
            }
        case .scalar(let text):
            var column = node.column
            for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
                if !piece.isEmpty { words.append(Positioned(value: String(piece), line: node.line, column: column)) }
                column += piece.count + 1
            }
        case .null, .mapping:
            throw YAMLProblem(line: node.line, column: node.column, problem: "`vocabulary` is not a list of words",
                              fix: "write `vocabulary: [purple, blue, green, pink]`")
        }
        var seen: Set<String> = []
        for word in words {
            if word.value.contains(where: \.isWhitespace) || word.value.isEmpty {
                throw YAMLProblem(line: word.line, column: word.column, problem: "`vocabulary` has `\(word.value)`, which is not one word",
                                  fix: "write each word without spaces")
            }
            guard seen.insert(word.value).inserted else {
                throw YAMLProblem(line: word.line, column: word.column, problem: "`vocabulary` lists `\(word.value)` twice",
                                  fix: "keep one of them")
            }
        }
        return words
    }

    /// A map from word to `#rrggbb` or a colour name.
    private static func colors(_ node: YAMLNode) throws(YAMLProblem) -> [(word: Positioned<String>, color: WordColor)] {
        guard case .mapping(let entries) = node.value else {
            throw YAMLProblem(line: node.line, column: node.column, problem: "`colors` is not a map from words to colours",
                              fix: "write `colors: {cat: \"#e69f00\", dog: orange}`")
        }
        return try entries.map { (key, value) throws(YAMLProblem) in
            let word = key.scalar ?? ""
            guard let text = value.scalar else {
                throw YAMLProblem(line: value.line, column: value.column, problem: "`colors` gives `\(word)` no colour",
                                  fix: "quote the colour, as in `\(word): \"#4a86e8\"` (an unquoted # starts a YAML comment)")
            }
            guard let color = WordColor(hex: text) ?? LessonPalette.color(named: text) else {
                throw YAMLProblem(line: value.line, column: value.column, problem: "`colors` gives `\(word)` the colour `\(text)`, which is not a colour",
                                  fix: "write #rrggbb in quotes, or one of \(LessonPalette.colorNames.joined(separator: ", "))")
            }
            return (Positioned(value: word, line: key.line, column: key.column), color)
        }
    }

    /// Characters, written together (`".,;!?"`) or as a list; each must be one character.
    private static func punctuation(_ node: YAMLNode) throws(YAMLProblem) -> [Unicode.Scalar] {
        let pieces: [(String, YAMLNode)]
        switch node.value {
        case .scalar(let text):
            pieces = text.filter { !$0.isWhitespace }.map { (String($0), node) }
        case .sequence(let items):
            pieces = try items.map { item throws(YAMLProblem) in
                guard let text = item.scalar else {
                    throw YAMLProblem(line: item.line, column: item.column, problem: "`punctuation` has an item that is not a character",
                                      fix: "list single characters")
                }
                return (text, item)
            }
        case .null, .mapping:
            throw YAMLProblem(line: node.line, column: node.column, problem: "`punctuation` is not a list of characters",
                              fix: "write the characters in quotes, as in `punctuation: \".,;!?\"`")
        }
        return try pieces.map { (text, item) throws(YAMLProblem) in
            let scalars = Array(text.unicodeScalars)
            guard scalars.count == 1, !scalars[0].properties.isWhitespace else {
                throw YAMLProblem(line: item.line, column: item.column, problem: "`punctuation` has `\(text)`, which is not one visible character",
                                  fix: "give single characters such as . , ; ! ?")
            }
            return scalars[0]
        }
    }
}

/// The lines at the top of a documents file that make its front matter.
private struct FrontMatterLines {
    /// The front matter's lines, or nil when the file has none.
    var yaml: [FrontMatterYAML.Line]?
    var bodyOffset: Int

    /// Looks for `---` as the first line, then reads lines up to the closing `---`
    /// (or `...`), a piece at a time.
    static func read(from text: InputText) throws -> FrontMatterLines {
        var offset = 0
        if try text.bytes(in: 0..<3) == UTF8.byteOrderMark { offset = 3 }
        var lineNumber = 1
        var lines: [FrontMatterYAML.Line] = []
        var pending: [UInt8] = []
        var opened = false
        var position = offset
        while true {
            let piece = try text.bytes(in: position..<(position + (1 << 16)))
            let atEnd = piece.isEmpty
            pending += piece
            position += piece.count
            while let newline = pending.firstIndex(of: 0x0A) ?? (atEnd && !pending.isEmpty ? pending.count : nil) {
                var lineBytes = Array(pending[..<newline])
                let consumed = min(newline + 1, pending.count)
                pending.removeFirst(consumed)
                if lineBytes.last == 0x0D { lineBytes.removeLast() }
                let trimmed = String(decoding: lineBytes, as: UTF8.self).trimmingSpaces
                if !opened {
                    guard trimmed == "---" else { return FrontMatterLines(yaml: nil, bodyOffset: offset) }
                    opened = true
                } else if trimmed == "---" || trimmed == "..." {
                    return FrontMatterLines(yaml: lines, bodyOffset: position - pending.count)
                } else {
                    guard let line = String(validating: lineBytes, as: UTF8.self) else {
                        throw text.inputError(line: lineNumber, column: 1, "the front matter's line is not UTF-8 text",
                                              fix: "save the file as UTF-8")
                    }
                    lines.append(.init(number: lineNumber, text: Array(line)))
                }
                lineNumber += 1
            }
            if atEnd { break }
            // A first line this long is not `---`: the file has no front matter.
            if !opened, pending.count > 64 { return FrontMatterLines(yaml: nil, bodyOffset: offset) }
        }
        if !opened { return FrontMatterLines(yaml: nil, bodyOffset: offset) }
        throw text.inputError(line: 1, column: 1, "the front matter that starts here is never closed",
                              fix: "end it with a line of three dashes, ---")
    }
}
