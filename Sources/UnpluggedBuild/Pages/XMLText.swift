/// Text written into the PowerPoint deck's XML: escaped, and without the characters
/// XML 1.0 cannot hold at all (control characters other than tab and line ends), which
/// a caption or alt text read from a teacher's input might carry.
enum XMLText {
    static func escaped(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xfffe || scalar.value == 0xffff: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
