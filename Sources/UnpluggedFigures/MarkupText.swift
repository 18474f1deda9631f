/// Text made safe to put in XML or HTML, in an element or a quoted attribute: the SVG's
/// `<title>` and `<desc>`, and the gallery's captions and alt texts.
public enum MarkupText {
    /// `text` with `&`, `<`, `>` and `"` written as entities.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
