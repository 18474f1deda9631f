/// The "did you mean" of an error: the known name nearest a misspelt one.
enum Suggestion {
    /// The name among `names` fewest single-character edits away from `word`, when it is
    /// near enough to be a slip (at most a third of the word's length, and 2 at most);
    /// on a tie, the first in `names`.
    static func nearest(to word: String, among names: [String]) -> String? {
        let limit = min(2, max(1, word.count / 3))
        var best: (name: String, distance: Int)?
        for name in names {
            let distance = editDistance(Array(word.lowercased()), Array(name))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (name, distance) }
        }
        return best?.name
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
