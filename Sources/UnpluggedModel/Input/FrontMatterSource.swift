import Yams

/// The front matter's YAML, read by Yams, and the way from Yams' places back to the
/// file's.
///
/// Yams counts lines from the front matter's first line and columns in Unicode
/// scalars; an `InputError` counts lines from the file's first and columns in
/// characters. So a place is kept as a byte offset in the file, which
/// `InputText.inputError` turns into the file's line and column, as it does for every
/// other problem of a documents file.
struct FrontMatterSource {
    /// The YAML's bytes, checked to be UTF-8.
    private let bytes: [UInt8]
    /// Where `bytes` start in the file.
    private let start: Int
    /// Where each Unicode scalar starts in `bytes`, so a place Yams gives in scalars is
    /// found at once, even on a line of thousands of words.
    private let scalarStarts: [UInt32]
    /// The scalar that starts each of Yams' lines.
    private let lineStarts: [Int]

    /// - Throws: `LocatedProblem` at the first byte that is not UTF-8.
    init(bytes: [UInt8], at start: Int) throws(LocatedProblem) {
        var scalarStarts: [UInt32] = []
        // libyaml skips a byte-order mark at the start, and ends a line at LF, CR,
        // CR LF, NEL, LS or PS.
        var lineStarts = [bytes.starts(with: UTF8.byteOrderMark) ? 1 : 0]
        let invalid: Int? = bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                guard let (scalar, length) = UTF8Decoding.scalar(in: buffer, at: index) else { return index }
                scalarStarts.append(UInt32(index))
                index += length
                switch scalar {
                case "\r" where index < buffer.count && buffer[index] == 0x0A: break
                case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": lineStarts.append(scalarStarts.count)
                default: break
                }
            }
            return nil
        }
        if let invalid {
            throw LocatedProblem(offset: start + invalid, problem: "the front matter here is not UTF-8 text",
                                 fix: "save the file as UTF-8")
        }
        self.bytes = bytes
        self.start = start
        self.scalarStarts = scalarStarts
        self.lineStarts = lineStarts
    }

    /// The front matter's top node; nil when it holds only comments.
    /// - Throws: `LocatedProblem` where the YAML is not well-formed, or uses an
    ///   anchor or an alias.
    func root() throws(LocatedProblem) -> FrontMatterNode? {
        try refuseAnchorsAndAliases()
        do {
            return try Yams.compose(yaml: String(decoding: bytes, as: UTF8.self), .basic).map(self.node)
        } catch {
            throw problem(in: error)
        }
    }

    /// `node` with its place in the file.
    func node(_ node: Yams.Node) -> FrontMatterNode {
        FrontMatterNode(node: node, offset: offset(of: node.mark), source: self)
    }

    /// The file offset of the character at Yams' `mark`.
    private func offset(of mark: Mark?) -> Int {
        guard let mark else { return start }
        let scalar = lineStarts[min(max(mark.line, 1), lineStarts.count) - 1] + max(mark.column, 1) - 1
        return start + (scalar < scalarStarts.count ? Int(scalarStarts[scalar]) : bytes.count)
    }

    /// Whether the file holds `text` at `offset` exactly, as a value written plainly
    /// on one line does, so a place inside the value is that place in the file.
    func holds(_ text: String, at offset: Int) -> Bool {
        let index = offset - start
        return index >= 0 && bytes.dropFirst(index).starts(with: text.utf8)
    }

    /// The 1-based line of the file at `offset` (the front matter starts on line 2).
    private func line(at offset: Int) -> Int {
        2 + bytes.prefix(max(0, offset - start)).lazy.filter { $0 == 0x0A }.count
    }

    /// Refuses anchors (`&name`) and aliases (`*name`) before the front matter is read
    /// (`YAMLAliases` says why).
    private func refuseAnchorsAndAliases() throws(LocatedProblem) {
        let found: YAMLAliases.Found?
        do {
            found = try YAMLAliases.first(in: String(decoding: bytes, as: UTF8.self))
        } catch {
            throw problem(in: error)
        }
        if let found {
            let scalar = lineStarts[min(max(found.line, 1), lineStarts.count) - 1] + max(found.column, 1) - 1
            throw LocatedProblem(offset: start + (scalar < scalarStarts.count ? Int(scalarStarts[scalar]) : bytes.count),
                                 problem: found.problem,
                                 fix: "write the value itself: the front matter does not read anchors (&name) or aliases (*name)")
        }
    }

    /// What Yams was reading when it found the front matter's end, in the lesson's words.
    private static let openings = ["while scanning a quoted scalar": "a quoted value", "while parsing a flow sequence": "a [list]",
                                   "while parsing a flow mapping": "a {map}"]

    /// What Yams found wrong, said in the lesson's words where they differ from YAML's,
    /// at the place it found it.
    private func problem(in error: any Error) -> LocatedProblem {
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let offset = offset(of: mark)
            if offset - start < bytes.count, bytes[offset - start] == UInt8(ascii: "\t") {
                return LocatedProblem(offset: offset, problem: "the front matter is indented with a tab",
                                      fix: "indent with spaces, as YAML requires")
            }
            if problem.hasPrefix("Maximum nesting level reached") {
                return LocatedProblem(offset: offset, problem: "the front matter's lists and maps are nested too deep for YAML here",
                                      fix: "give each setting a word, a list of words or a map of words to colours")
            }
            // Yams reached the end still inside something: the problem is where that opened.
            let atEnd = offset - start >= bytes.count
            if atEnd, let context, let opened = Self.openings[context.text] {
                return LocatedProblem(offset: self.offset(of: context.mark), problem: "\(opened) that starts here is never closed",
                                      fix: "close it before the front matter's closing ---")
            }
            return LocatedProblem(offset: atEnd ? self.offset(of: context?.mark ?? mark) : offset,
                                  problem: "the front matter's YAML is not well-formed here (\(problem)\(context.map { " \($0.text)" } ?? ""))",
                                  fix: "check the quotes, brackets and indentation here; quote a value that has a colon or a # in it")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = offset(of: context.mark)
            return LocatedProblem(offset: offset(ofSecond: key, firstAt: context.mark) ?? first,
                                  problem: "`\(key)` is given twice (first on line \(line(at: first)))", fix: "keep one of them")
        case .reader(let problem, let characters, _, let yaml):
            let index = characters.flatMap { yaml.index(yaml.startIndex, offsetBy: $0, limitedBy: yaml.endIndex) }
            return LocatedProblem(offset: start + (index.map { yaml.utf8.distance(from: yaml.startIndex, to: $0) } ?? 0),
                                  problem: "the front matter here has a character YAML does not allow (\(problem))",
                                  fix: "remove it, or write it as an escape such as \\t in double quotes")
        default:
            return LocatedProblem(offset: start, problem: "the front matter could not be read (\(error))",
                                  fix: "write it as `key: value` lines of UTF-8 text")
        }
    }

    /// Where the second of two keys `key` is written. Yams names only the first, so the
    /// YAML is read again with that one changed: the second is then the key `key` in
    /// the map that has the changed one (or, when there were three, the first Yams names).
    private func offset(ofSecond key: String, firstAt firstMark: Mark) -> Int? {
        var changed = Array(bytes)
        let first = offset(of: firstMark) - start
        guard first < changed.count else { return nil }
        var next = first + 1
        while next < changed.count, UTF8.isContinuation(changed[next]) { next += 1 }
        // One character for another, so every place stays the same.
        changed.replaceSubrange(first..<next, with: "\u{E000}".utf8)
        do {
            return try Yams.compose(yaml: String(decoding: changed, as: UTF8.self), .basic)
                .flatMap { mark(of: key, besideKeyAt: firstMark, in: $0) }.map(offset(of:))
        } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) where duplicates.first == key {
            return offset(of: context.mark)
        } catch {
            return nil
        }
    }

    /// The place of the key `key` in the map of `node` that has a key at `place`.
    private func mark(of key: String, besideKeyAt place: Mark, in node: Yams.Node) -> Mark? {
        switch node {
        case .mapping(let mapping):
            if mapping.keys.contains(where: { $0.mark?.line == place.line && $0.mark?.column == place.column }),
               let other = mapping.keys.first(where: { if case .scalar(let scalar) = $0 { scalar.string == key } else { false } }) {
                return other.mark
            }
            return mapping.lazy.compactMap { mark(of: key, besideKeyAt: place, in: $0.value) }.first
        case .sequence(let sequence):
            return sequence.lazy.compactMap { mark(of: key, besideKeyAt: place, in: $0) }.first
        case .scalar, .alias:
            return nil
        }
    }
}
