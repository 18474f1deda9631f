/// Turns words into parts of file names that every file system and slide tool accepts.
public enum FileName {
    /// The word with every character outside letters, digits, `-` and `_` replaced by
    /// `_`, so `sticky-<word>` stays one file in the output folder whatever the word.
    /// Letters of any script stay as they are ("café", "日本").
    public static func safe(_ word: String) -> String {
        let mapped = word.map { character -> String in
            character.isLetter || character.isNumber || character == "-" || character == "_"
                ? String(character) : "_"
        }.joined()
        return mapped.isEmpty ? "_" : mapped
    }
}
