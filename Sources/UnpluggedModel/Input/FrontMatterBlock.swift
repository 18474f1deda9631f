/// Where a documents file's front matter is: the YAML between a first line of `---`
/// and the next line of `---` (or `...`), and where the documents start.
struct FrontMatterBlock {
    /// The bytes of the YAML, or nil when the file has no front matter.
    var yaml: Range<Int>?
    /// Where the documents start: after the closing line, or after a byte-order mark.
    var bodyOffset: Int

    /// The most YAML a front matter may hold: room for a vocabulary of tens of
    /// thousands of words with their colours, and little enough that a file which
    /// opens with `---` and never closes it is not read whole.
    static let largestSize = 1 << 20
    /// How much is read at a time.
    private static let piece = 1 << 16

    /// Looks for `---` as the first line, then for the closing line within
    /// `largestSize` bytes.
    static func find(in text: InputText) throws -> FrontMatterBlock {
        let start = try text.bytes(in: 0..<3) == UTF8.byteOrderMark ? 3 : 0
        // A first line longer than this is not `---`: the file has no front matter.
        let head = try text.bytes(in: start..<(start + 64))
        let headEnd = head.firstIndex(of: 0x0A) ?? (start + head.count == text.size ? head.count : nil)
        guard let headEnd, isMarker(head[..<headEnd], closing: false) else {
            return FrontMatterBlock(yaml: nil, bodyOffset: start)
        }
        let yamlStart = min(start + headEnd + 1, text.size)
        // Read a piece at a time, so a short front matter costs a short read.
        var bytes: [UInt8] = []
        var lineStart = 0
        while lineStart <= largestSize, bytes.count <= largestSize + piece {
            let atEnd = yamlStart + bytes.count >= text.size
            guard let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? (atEnd ? bytes.count : nil) else {
                bytes += try text.bytes(in: (yamlStart + bytes.count)..<(yamlStart + bytes.count + piece))
                continue
            }
            if isMarker(bytes[lineStart..<lineEnd], closing: true) {
                return FrontMatterBlock(yaml: yamlStart..<(yamlStart + lineStart),
                                        bodyOffset: yamlStart + min(lineEnd + 1, bytes.count))
            }
            if lineEnd == bytes.count {
                throw LocatedProblem(offset: start, problem: "the front matter that starts here is never closed",
                                     fix: "end it with a line of three dashes, ---")
            }
            lineStart = lineEnd + 1
        }
        throw LocatedProblem(offset: start, problem: "the front matter that starts here has no closing line in its first MiB",
                             fix: "end it with a line of three dashes, ---, after the settings")
    }

    /// Whether `line` is `---` (or, to close, `...`), give or take spaces, tabs and a
    /// carriage return.
    private static func isMarker(_ line: ArraySlice<UInt8>, closing: Bool) -> Bool {
        var marker = line
        if marker.last == 0x0D { marker.removeLast() }
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        while let first = marker.first, isBlank(first) { marker.removeFirst() }
        while let last = marker.last, isBlank(last) { marker.removeLast() }
        return marker.elementsEqual("---".utf8) || (closing && marker.elementsEqual("...".utf8))
    }
}
