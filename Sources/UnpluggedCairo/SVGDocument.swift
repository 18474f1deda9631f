import Foundation

/// Cairo's SVG output made repeatable and accessible.
///
/// Cairo names each drawing's group after a counter shared by the whole process
/// (`<g id="surface96">` for the 96th surface drawn), so the same figure would differ
/// with what was drawn before it. Those ids are renumbered in order of appearance.
/// Cairo writes no `<title>` or `<desc>`; they are added for screen readers.
struct SVGDocument {
    private var text: String

    init(cairoOutput: [UInt8]) {
        text = String(decoding: cairoOutput, as: UTF8.self)
        renumberSurfaces()
    }

    /// The document with `<title>` and `<desc>` as the first children of `<svg>`,
    /// and the root marked as an image labelled by them.
    func labelled(title: String, description: String) -> [UInt8] {
        guard let rootStart = text.range(of: "<svg"),
              let rootEnd = text.range(of: ">", range: rootStart.upperBound..<text.endIndex) else {
            return Array(text.utf8)
        }
        var document = text
        let label = "\n<title id=\"title\">\(escaped(title))</title>\n<desc id=\"desc\">\(escaped(description))</desc>"
        document.insert(contentsOf: label, at: rootEnd.upperBound)
        document.insert(contentsOf: " role=\"img\" aria-labelledby=\"title desc\"", at: rootEnd.lowerBound)
        return Array(document.utf8)
    }

    private mutating func renumberSurfaces() {
        let pattern = try! NSRegularExpression(pattern: "surface([0-9]+)")
        let whole = NSRange(text.startIndex..., in: text)
        var numbers: [String: Int] = [:]
        var result = ""
        var last = text.startIndex
        for match in pattern.matches(in: text, range: whole) {
            guard let range = Range(match.range, in: text), let digits = Range(match.range(at: 1), in: text) else { continue }
            let original = String(text[digits])
            let number = numbers[original] ?? numbers.count + 1
            numbers[original] = number
            result += text[last..<range.lowerBound]
            result += "surface\(number)"
            last = range.upperBound
        }
        result += text[last...]
        text = result
    }

    private func escaped(_ value: String) -> String {
        var escaped = ""
        for character in value {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
