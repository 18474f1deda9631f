/// The short mark printed on a word's stickies and balls, so a word can be told apart
/// on a black-and-white printout where its colour is lost, and written on a ball too
/// small for the word itself.
///
/// The end token gets a black square, ■ (DejaVu Sans has it). Every other word gets its
/// first character upper-cased ("P" for purple); when an earlier word took that, its
/// first two characters ("Pi" for pink after purple); when those are taken too, its
/// first character and a later letter of it, in order ("Sn" for sang after sister and
/// saw), which still reads as the word; only then the first character and the
/// smallest free number from 2 ("P2"). Earlier words choose
/// first, so a word's symbol never depends on hashing and two words never share one.
/// Symbols stay at most a few characters: they must fit on a ball.
///
/// Symbols are given once for a whole lesson (`LessonMarks`), and a figure writes some
/// words whole and others as symbols, so a symbol must never read as another word of
/// the lesson, in any case: beside "in" written on a ball, "In" for "inside" would.
enum WordSymbols {
    /// The end token's symbol.
    static let end = "\u{25A0}"

    /// One symbol per word of `words` (none of them an end token), in the same order.
    static func assign(to words: [String]) -> [String] {
        var taken: Set<String> = [end]
        // How many words read as each lower-cased text: a symbol that reads as a word
        // other than its own is not given.
        var readings: [String: Int] = [:]
        for word in words { readings[word.lowercased(), default: 0] += 1 }
        // The numbers below each first character's entry are all taken already: a
        // declared vocabulary of thousands of words with one first letter starts where
        // the last search ended instead of at 2 again.
        var nextNumber: [String: Int] = [:]
        return words.map { word in
            let own = word.lowercased()
            func free(_ candidate: String) -> Bool {
                let reading = candidate.lowercased()
                return (readings[reading] ?? 0) - (reading == own ? 1 : 0) == 0 && taken.insert(candidate).inserted
            }
            let characters = Array(word)
            guard let first = characters.first.map({ String($0).uppercased() }) else { return end }
            var candidates = [first]
            if characters.count > 1 { candidates.append(first + String(characters[1]).lowercased()) }
            for later in characters.dropFirst(2) where later.isLetter {
                candidates.append(first + String(later).lowercased())
            }
            for candidate in candidates where free(candidate) {
                return candidate
            }
            var number = nextNumber[first] ?? 2
            while !free("\(first)\(number)") { number += 1 }
            nextNumber[first] = number + 1
            return "\(first)\(number)"
        }
    }
}
