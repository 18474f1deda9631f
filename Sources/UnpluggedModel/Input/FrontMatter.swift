/// A value from the front matter with where it was written, so a later check (a colour
/// for a word no document uses) can still point at it.
struct Positioned<Value: Sendable>: Sendable {
    var value: Value
    /// The byte offset in the file.
    var offset: Int
}

/// The settings a documents file gives itself in a YAML block between `---` lines at
/// its top, checked key by key.
///
/// Unknown keys and bad values are errors that name the key, so a misspelt
/// `vocabluary:` is caught instead of silently ignored. `title`, `author`, `url` and
/// `license` are kept as metadata, so corpora made for other unplugged-LM toolkits load
/// as they are.
struct FrontMatter: Sendable {
    var end: String?
    var vocabulary: [String]?
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
        do {
            let block = try FrontMatterBlock.find(in: text)
            frontMatter.bodyOffset = block.bodyOffset
            guard let range = block.yaml, let root = try FrontMatterSource(bytes: text.bytes(in: range), at: range.lowerBound).root() else {
                return frontMatter
            }
            guard let pairs = root.pairs else {
                throw root.problem("the front matter is not `key: value` lines",
                                   fix: "write one setting a line, a key, a colon and a space, then the value, as `end: white`")
            }
            for (key, value) in pairs {
                try frontMatter.set(key, to: value)
            }
        } catch let problem as LocatedProblem {
            throw text.inputError(problem)
        }
        return frontMatter
    }

    private mutating func set(_ keyNode: FrontMatterNode, to node: FrontMatterNode) throws(LocatedProblem) {
        guard let key = keyNode.text else {
            throw keyNode.problem("this key is not a word", fix: "write the name of a setting before the colon, such as `end`")
        }
        switch key {
        case "end":
            let word = try Self.text(node, key: key)
            guard !word.isEmpty else {
                throw node.problem("`end` is empty", fix: "name the end token with one word, such as white")
            }
            guard !word.contains(where: \.isWhitespace) else {
                throw node.problem("`end` is `\(word)`, which has white space in it", fix: "name the end token with one word, such as white")
            }
            end = word
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
            throw keyNode.problem("`\(key)` is not a front matter key",
                                  fix: Suggestion.nearest(to: key, among: Self.keys).map { "did you mean `\($0)`?" }
                                      ?? "use one of \(Self.keys.joined(separator: ", ")), or fix its spelling")
        }
    }

    private static func text(_ node: FrontMatterNode, key: String) throws(LocatedProblem) -> String {
        guard let text = node.text else {
            throw node.problem("`\(key)` has no text value", fix: "write `\(key): ` and the value on one line")
        }
        return text
    }

    private static func choice<Choice: RawRepresentable & CaseIterable>(
        _ node: FrontMatterNode, key: String, _ type: Choice.Type
    ) throws(LocatedProblem) -> Choice where Choice.RawValue == String {
        let names = Choice.allCases.map(\.rawValue)
        guard let text = node.text, let choice = Choice(rawValue: text) else {
            throw node.problem("`\(key)` is \(node.text.map { "`\($0)`" } ?? "not a word")",
                               fix: "write one of \(names.joined(separator: ", "))")
        }
        return choice
    }

    private static func boolean(_ node: FrontMatterNode, key: String) throws(LocatedProblem) -> Bool {
        switch node.text?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            throw node.problem("`\(key)` is \(node.text.map { "`\($0)`" } ?? "empty"), not true or false",
                               fix: "write `\(key): true` or `\(key): false`")
        }
    }

    /// A list of words, or one line of words separated by spaces.
    private static func vocabulary(_ node: FrontMatterNode) throws(LocatedProblem) -> [String] {
        var words: [Positioned<String>] = []
        if let items = node.items {
            for item in items {
                guard let word = item.text else {
                    let what = item.items == nil && item.pairs == nil ? "an empty item" : "an item that is not a word"
                    throw item.problem("`vocabulary` has \(what)", fix: "list plain words")
                }
                words.append(Positioned(value: word, offset: item.offset))
            }
        } else if let text = node.text {
            // Each word at its own place when the line holds the text as it is.
            let placed = node.isWrittenAsIs
            var index = 0
            for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
                if !piece.isEmpty { words.append(Positioned(value: String(piece), offset: node.offset + (placed ? index : 0))) }
                index += piece.utf8.count + 1
            }
        } else {
            throw node.problem("`vocabulary` is not a list of words", fix: "write `vocabulary: [purple, blue, green, pink]`")
        }
        var seen: Set<String> = []
        for word in words {
            if word.value.contains(where: \.isWhitespace) || word.value.isEmpty {
                throw LocatedProblem(offset: word.offset, problem: "`vocabulary` has `\(word.value)`, which is not one word",
                                     fix: "write each word without spaces")
            }
            guard seen.insert(word.value).inserted else {
                throw LocatedProblem(offset: word.offset, problem: "`vocabulary` lists `\(word.value)` twice", fix: "keep one of them")
            }
        }
        return words.map(\.value)
    }

    /// A map from word to `#rrggbb` or a colour name.
    private static func colors(_ node: FrontMatterNode) throws(LocatedProblem) -> [(word: Positioned<String>, color: WordColor)] {
        guard let pairs = node.pairs else {
            throw node.problem("`colors` is not a map from words to colours", fix: "write `colors: {cat: \"#e69f00\", dog: orange}`")
        }
        return try pairs.map { (key, value) throws(LocatedProblem) in
            guard let word = key.text else {
                throw key.problem("`colors` has a key that is not a word", fix: "write `word: colour` pairs")
            }
            guard let text = value.text else {
                throw value.problem("`colors` gives `\(word)` no colour",
                                    fix: "quote the colour, as in `\(word): \"#4a86e8\"` (an unquoted # starts a YAML comment)")
            }
            guard let color = WordColor(hex: text) ?? LessonPalette.color(named: text) else {
                throw value.problem("`colors` gives `\(word)` the colour `\(text)`, which is not a colour",
                                    fix: "write #rrggbb in quotes, or one of \(LessonPalette.colorNames.joined(separator: ", "))")
            }
            return (Positioned(value: word, offset: key.offset), color)
        }
    }

    /// Characters, written together (`".,;!?"`) or as a list; each must be one character.
    private static func punctuation(_ node: FrontMatterNode) throws(LocatedProblem) -> [Unicode.Scalar] {
        let pieces: [(String, FrontMatterNode)]
        if let text = node.text {
            pieces = text.filter { !$0.isWhitespace }.map { (String($0), node) }
        } else if let items = node.items {
            pieces = try items.map { item throws(LocatedProblem) in
                guard let text = item.text else {
                    throw item.problem("`punctuation` has an item that is not a character", fix: "list single characters")
                }
                return (text, item)
            }
        } else {
            throw node.problem("`punctuation` is not a list of characters",
                               fix: "write the characters in quotes, as in `punctuation: \".,;!?\"`")
        }
        return try pieces.map { (text, item) throws(LocatedProblem) in
            let scalars = Array(text.unicodeScalars)
            guard scalars.count == 1, !scalars[0].properties.isWhitespace else {
                throw item.problem("`punctuation` has `\(text)`, which is not one visible character",
                                   fix: "give single characters such as . , ; ! ?")
            }
            return scalars[0]
        }
    }
}
