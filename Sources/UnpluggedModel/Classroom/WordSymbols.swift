/// The short mark printed on a word's stickies and balls, so a word can be told apart
/// on a black-and-white printout where its colour is lost.
///
/// The end token gets a black square, ■ (DejaVu Sans has it). Every other word gets its
/// first character upper-cased ("P" for purple); when an earlier word took that, its
/// first two characters ("Pi" for pink after purple); when those are taken too, the
/// first character and the smallest free number from 2 ("P2"). Earlier words in the
/// vocabulary choose first, so a word's symbol never depends on hashing and two
/// words never share one. Symbols stay at most a few characters: they must fit on a ball.
enum WordSymbols {
    /// The end token's symbol.
    static let end = "\u{25A0}"

    /// One symbol per word of `words`, in the same order, none of them one of `reserved`
    /// (texts already written beside them, which a symbol must not be mistaken for).
    static func assign(to words: [String], endToken: String, reserved: Set<String> = []) -> [String] {
        var taken: Set<String> = reserved.union([end])
        // The numbers below each first character's entry are all taken already: a
        // declared vocabulary of thousands of words with one first letter starts where
        // the last search ended instead of at 2 again.
        var nextNumber: [String: Int] = [:]
        return words.map { word in
            guard word != endToken else { return end }
            let characters = Array(word)
            guard let first = characters.first.map({ String($0).uppercased() }) else { return end }
            var candidates = [first]
            if characters.count > 1 { candidates.append(first + String(characters[1]).lowercased()) }
            for candidate in candidates where taken.insert(candidate).inserted {
                return candidate
            }
            var number = nextNumber[first] ?? 2
            while !taken.insert("\(first)\(number)").inserted { number += 1 }
            nextNumber[first] = number + 1
            return "\(first)\(number)"
        }
    }
}
