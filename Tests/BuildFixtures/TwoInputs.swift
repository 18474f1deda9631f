/// The manifest the build tests share, library and command line alike: stickies of
/// two documents files (colours, and animals ending in `stop`) and the colours'
/// training frames, so that edits to either input, and stale frames, can be seen.
public enum TwoInputs {
    public static let manifest = """
        output: img
        inputs:
          colours: colours.txt
          animals: animals.txt
        figures:
          - kind: stickies
            input: colours
          - kind: stickies
            input: animals
          - kind: training
            input: colours
            document: 1

        """

    /// A documents file of animals, whose end token is `stop`: its stickies are named
    /// apart from the colours' (whose end is white).
    public static func animals(_ words: String) -> String {
        "---\nend: stop\n---\n\(words)\n"
    }

    /// The files of the stickies of `words`.
    public static func stickies(_ words: [String]) -> [String] {
        words.flatMap { ["sticky-\($0).png", "sticky-\($0).svg"] }
    }
}
