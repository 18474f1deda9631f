import UnpluggedFigures

/// Cairo's SVG output made repeatable and accessible.
///
/// Cairo names each drawing's group after a counter shared by the whole process
/// (`<g id="surface96">` for the 96th surface drawn), so the same figure would differ
/// with what was drawn before it. Those ids are renumbered in order of appearance.
/// Cairo writes no `<title>` or `<desc>`; they are added for screen readers.
///
/// The work is done on the bytes: a lesson frame's SVG is tens of kilobytes, and
/// going through `String` and a regular expression cost a fifth of making it.
struct SVGDocument {
    private var bytes: [UInt8]

    init(cairoOutput: [UInt8]) {
        bytes = SVGDocument.renumberingSurfaces(cairoOutput)
    }

    /// The document with `<title>` and `<desc>` as the first children of `<svg>`,
    /// and the root marked as an image labelled by them.
    func labelled(title: String, description: String) -> [UInt8] {
        guard let rootStart = SVGDocument.firstIndex(of: Array("<svg".utf8), in: bytes, from: 0),
              let rootEnd = bytes[rootStart...].firstIndex(of: UInt8(ascii: ">")) else {
            return bytes
        }
        let attributes = " role=\"img\" aria-labelledby=\"title desc\""
        let label = "\n<title id=\"title\">\(MarkupText.escaped(title))</title>\n<desc id=\"desc\">\(MarkupText.escaped(description))</desc>"
        var document: [UInt8] = []
        document.reserveCapacity(bytes.count + attributes.utf8.count + label.utf8.count)
        document += bytes[..<rootEnd]
        document += attributes.utf8
        document.append(UInt8(ascii: ">"))
        document += label.utf8
        document += bytes[(rootEnd + 1)...]
        return document
    }

    private static let surface = Array("surface".utf8)

    /// `bytes` with each `surface<digits>` numbered 1, 2, … in order of first appearance.
    private static func renumberingSurfaces(_ bytes: [UInt8]) -> [UInt8] {
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        var searchFrom = 0
        while let start = firstIndex(of: surface, in: bytes, from: searchFrom) {
            let digitsStart = start + surface.count
            let digitsEnd = bytes[digitsStart...].firstIndex { !isDigit($0) } ?? bytes.count
            searchFrom = digitsStart
            guard digitsEnd > digitsStart else { continue }
            let original = bytes[digitsStart..<digitsEnd]
            let number = numbers[original] ?? numbers.count + 1
            numbers[original] = number
            result += bytes[copied..<digitsStart]
            result += String(number).utf8
            copied = digitsEnd
            searchFrom = digitsEnd
        }
        result += bytes[copied...]
        return result
    }

    /// Where `needle` first occurs in `bytes` at or after `start`.
    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            guard let candidate = bytes[index...(bytes.count - needle.count)].firstIndex(of: first) else { return nil }
            if bytes[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
