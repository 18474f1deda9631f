/// One and many in every sentence the tool writes ("1 ball", "2 balls", "1 more row
/// follows", "3 more rows follow"), from one place, so no figure, alt text, note or
/// message says "1 files" or "1 bin are not shown".
public enum English {
    /// "1 bin", "4 bins", "2 next words", "3 entries": the count and its noun; the last
    /// word of the noun takes the plural.
    public static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(number == 1 ? noun : plural(of: noun))"
    }

    /// "1 more row follows", "2 more rows follow": a count, its noun and a verb in the
    /// present tense, agreeing with it; `verb` is its plural form ("follow", "are").
    public static func count(_ number: Int, _ noun: String, _ verb: String) -> String {
        count(number, noun) + " " + (number == 1 ? singular(of: verb) : verb)
    }

    /// The plural of a noun phrase: its last word's ("less full bin" → "less full bins").
    static func plural(of noun: String) -> String {
        let last = noun.split(separator: " ").last.map(String.init) ?? noun
        let head = noun.dropLast(last.count)
        let plural: String
        if let irregular = irregularPlurals[last] {
            plural = irregular
        } else if last.hasSuffix("y"), let before = last.dropLast().last, !"aeiou".contains(before) {
            plural = last.dropLast() + "ies"
        } else if ["s", "x", "z", "ch", "sh"].contains(where: last.hasSuffix) {
            plural = last + "es"
        } else {
            plural = last + "s"
        }
        return head + plural
    }

    /// The third person singular of a plural verb: "are" → "is", "follow" → "follows".
    static func singular(of verb: String) -> String {
        let words = verb.split(separator: " ", maxSplits: 1).map(String.init)
        let first = words[0]
        let singular = switch first {
        case "are": "is"
        case "were": "was"
        case "have": "has"
        case "do": "does"
        default: ["s", "x", "z", "ch", "sh", "o"].contains(where: first.hasSuffix) ? first + "es" : first + "s"
        }
        return ([singular] + words.dropFirst()).joined(separator: " ")
    }

    private static let irregularPlurals = ["die": "dice", "child": "children", "person": "people", "is": "are"]
}
