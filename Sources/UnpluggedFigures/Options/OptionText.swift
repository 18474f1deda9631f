import UnpluggedModel

/// The checks of an option's text, shared by every declaration: each returns the value
/// or an `OptionProblem` saying what is wrong and how to fix it, without naming where
/// the option was written.
public enum OptionText {
    /// The one value of a value option.
    static func single(_ given: GivenValue) throws(OptionProblem) -> String {
        switch given {
        case .text(let text): return text
        case .list(let items) where items.count == 1: return items[0]
        case .list: throw OptionProblem("this takes one value, not a list", fix: "write one value")
        case .flag: throw OptionProblem("this takes a value", fix: "write a value after it")
        }
    }

    /// The items of a list option; a single value is a list of one.
    static func items(_ given: GivenValue) throws(OptionProblem) -> [String] {
        switch given {
        case .text(let text): return [text]
        case .list(let items): return items
        case .flag: throw OptionProblem("this takes a list of values", fix: "write the values, separated by commas")
        }
    }

    /// A flag's value: given, or a manifest's true or false.
    static func boolean(_ given: GivenValue) throws(OptionProblem) -> Bool {
        switch given {
        case .flag(let value): return value
        case .text(let text):
            switch text.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: throw OptionProblem("'\(text)' is not true or false", fix: "write true or false")
            }
        case .list: throw OptionProblem("this is true or false, not a list", fix: "write true or false")
        }
    }

    /// A whole number from `minimum` to `maximum`.
    public static func wholeNumber(_ text: String, from minimum: Int, to maximum: Int = .max) throws(OptionProblem) -> Int {
        guard let value = Int(text), value >= minimum, value <= maximum else {
            let range = maximum == .max ? "of \(minimum) or more" : "from \(minimum) to \(maximum)"
            throw OptionProblem("'\(text)' is not a whole number \(range)", fix: "write a number such as \(minimum)")
        }
        return value
    }

    /// A seed of the random draws.
    public static func seed(_ text: String) throws(OptionProblem) -> UInt64 {
        guard let value = UInt64(text) else {
            throw OptionProblem("'\(text)' is not a seed", fix: "write a whole number from 0 to \(UInt64.max)")
        }
        return value
    }

    /// A finite number more than `minimum` and at most `maximum`.
    public static func number(_ text: String, above minimum: Double, atMost maximum: Double) throws(OptionProblem) -> Double {
        guard let value = Double(text), value.isFinite, value > minimum, value <= maximum else {
            throw OptionProblem("'\(text)' is not a number more than \(minimum.formatted) and at most \(maximum.formatted)",
                                fix: "write a number such as \(min(maximum, max(minimum + 1, 2)).formatted)")
        }
        return value
    }

    /// A finite number of at least `minimum`.
    public static func number(_ text: String, atLeast minimum: Double) throws(OptionProblem) -> Double {
        guard let value = Double(text), value.isFinite, value >= minimum else {
            throw OptionProblem("'\(text)' is not a number of \(minimum.formatted) or more", fix: "write a number such as 1")
        }
        return value
    }

    /// Temperatures, one per item, each 0 or more.
    public static func temperatures(_ items: [String]) throws(OptionProblem) -> [Double] {
        guard !items.isEmpty else {
            throw OptionProblem("no temperature is given", fix: "list one or more temperatures, as 0.5,1,2")
        }
        return try items.map { item throws(OptionProblem) in try number(item, atLeast: 0) }
    }

    /// A percentage from 0 to 100, with or without its `%` sign.
    public static func percentage(_ text: String) throws(OptionProblem) -> Double {
        let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard let value = Double(digits), value.isFinite, value >= 0, value <= 100 else {
            throw OptionProblem("'\(text)' is not a percentage from 0 to 100", fix: "write a percentage such as 5%")
        }
        return value
    }

    /// One of an enumeration's cases, by its raw value; the nearest named when misspelt.
    public static func choice<Value: RawRepresentable & CaseIterable>(_ text: String, of what: String) throws(OptionProblem)
        -> Value where Value.RawValue == String {
        if let value = Value(rawValue: text) { return value }
        let names = Value.allCases.map(\.rawValue)
        if let near = Suggestion.nearest(to: text, among: names) {
            throw OptionProblem("unknown \(what) '\(text)'", fix: "did you mean '\(near)'?")
        }
        throw OptionProblem("unknown \(what) '\(text)'", fix: "use one of: \(names.joined(separator: ", "))")
    }

    /// One word: not empty, no white space.
    public static func word(_ text: String) throws(OptionProblem) -> String {
        guard !text.isEmpty, !text.contains(where: \.isWhitespace) else {
            throw OptionProblem("'\(text)' is not one word", fix: "write one word without spaces, such as white")
        }
        return text
    }

    /// Words, one per item.
    public static func words(_ items: [String]) throws(OptionProblem) -> [String] {
        for item in items where item.isEmpty || item.contains(where: \.isWhitespace) {
            throw OptionProblem(item.isEmpty ? "it has an empty word" : "'\(item)' is more than one word",
                                fix: "give one word per item, as blue,green (a manifest: [blue, green])")
        }
        return items
    }

    /// Contexts, one per item, its words separated by white space: `the cat`.
    public static func contexts(_ items: [String]) throws(OptionProblem) -> [Context] {
        guard !items.isEmpty else {
            throw OptionProblem("no context is given", fix: "list one or more contexts, as the,a (a manifest: [the, a])")
        }
        return try items.map { item throws(OptionProblem) in
            let words = item.split(whereSeparator: \.isWhitespace).map(String.init)
            guard !words.isEmpty else {
                throw OptionProblem("it has an empty context",
                                    fix: "give one context per item, its words separated by spaces, as \"the cat,a dog\"")
            }
            return Context(words)
        }
    }

    /// A plain file name: figures are written into the output folder and nowhere else.
    public static func fileName(_ text: String) throws(OptionProblem) -> String {
        guard !text.isEmpty, FileName.safe(text) == text else {
            throw OptionProblem("'\(text)' is not a plain file name",
                                fix: "use letters, digits, - and _ only: figures are written into the output folder and nowhere else")
        }
        return text
    }
}

extension Double {
    /// 16 rather than 16.0: how help and errors write a bound.
    var formatted: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
