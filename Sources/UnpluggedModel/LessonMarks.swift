/// The look of every word of a lesson: its colour and its symbol, assigned once over
/// all the words the lesson's figures draw, so a word looks the same in every figure.
///
/// A word's mark never comes from one figure: the stickies, the bins, a training frame
/// and the two halves of a compare figure all take it from here. A lesson of one input
/// is marked by its own vocabulary; a manifest's figures, and the two halves compared,
/// by the union of their inputs' words, in the order they first appear (the inputs in
/// their declared order), so the two halves of a room agree.
///
/// Colours: a colour an input chose (front matter `colors`) wins, the first input's
/// when two chose; a word that is a colour name gets that colour; other words take the
/// colour-blind-safe palette's colours in turn. Symbols: see `WordSymbols`. End tokens
/// are not marked here: every vocabulary's own end token is drawn as the end.
public struct LessonMarks: Hashable, Sendable {
    /// The words marked, in the order their marks were given.
    public private(set) var words: [String]
    /// The colours the inputs chose, the end tokens' included.
    private(set) var chosen: [String: WordColor]
    private var colors: [String: WordColor]
    private var symbols: [String: String]

    /// Marks `words` (in this order, repeats ignored), with the colours `chosen` for some of them.
    init(words: some Sequence<String>, chosen: [String: WordColor]) {
        var ordered: [String] = []
        var seen: Set<String> = []
        for word in words where seen.insert(word).inserted { ordered.append(word) }
        self.words = ordered
        self.chosen = chosen
        var colors: [String: WordColor] = [:]
        var paletteIndex = 0
        for word in ordered {
            if let color = chosen[word] {
                colors[word] = color
            } else if let named = LessonPalette.named[word.lowercased()] {
                colors[word] = named
            } else {
                colors[word] = LessonPalette.distinct[paletteIndex % LessonPalette.distinct.count]
                paletteIndex += 1
            }
        }
        self.colors = colors
        symbols = Dictionary(uniqueKeysWithValues: zip(ordered, WordSymbols.assign(to: ordered)))
    }

    /// One marking of the words of all `vocabularies`: each one's words in its order, the
    /// vocabularies in the order given (a manifest's inputs as declared; the left half
    /// of a compare figure, then the right), their end tokens left out.
    public init(of vocabularies: [Vocabulary]) {
        var chosen: [String: WordColor] = [:]
        for vocabulary in vocabularies {
            chosen.merge(vocabulary.marks.chosen) { first, _ in first }
        }
        self.init(words: vocabularies.lazy.flatMap { vocabulary in vocabulary.words.lazy.filter { !vocabulary.isEnd($0) } },
                  chosen: chosen)
    }

    /// These marks, with `words` not marked yet added after the others (and `chosen`
    /// colours for them): the same marks when there are none.
    func including(_ words: some Sequence<String>, chosen: [String: WordColor]) -> LessonMarks {
        let new = words.filter { colors[$0] == nil }
        guard !new.isEmpty else { return self }
        return LessonMarks(words: self.words + new, chosen: self.chosen.merging(chosen) { first, _ in first })
    }

    /// The word's colour; nil for a word not marked here.
    func color(of word: String) -> WordColor? { colors[word] }

    /// The word's symbol; nil for a word not marked here.
    func symbol(of word: String) -> String? { symbols[word] }
}
