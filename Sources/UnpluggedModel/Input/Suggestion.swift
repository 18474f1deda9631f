/// The "did you mean" of an error: the known name nearest a misspelt one.
public enum Suggestion {
    /// The name among `names` fewest single-character edits away from `word`, when it is
    /// near enough to be a slip (at most a third of the word's length, and 2 at most);
    /// on a tie, the first in `names`.
    public static func nearest(to word: String, among names: [String]) -> String? {
        let limit = min(2, max(1, word.count / 3))
        var best: (name: String, distance: Int)?
        for name in names {
            let distance = editDistance(Array(word.lowercased()), Array(name))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (name, distance) }
        }
        return best?.name
    }

    /// Edits between two words: insertions, deletions, substitutions, and swaps of
    /// two neighbouring letters (the commonest slip of a typist: `inptu` for `input`).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
