import UnpluggedModel

/// How one figure marks its words on stickies and balls, decided once from the words
/// the figure shows, so every bin, ball and sticky of a figure marks a word alike.
///
/// Colour alone identifies the colour lesson's words, so its figures carry no text on
/// balls. As soon as two words of a figure share a colour, every sticky carries its
/// word and every ball its word too, or, where the word does not fit on a ball, the
/// word's symbol, listed in the figure's legend. Colours and symbols are the lesson's
/// (`LessonMarks`, through the vocabulary), never the figure's own, so a word looks the
/// same in every figure; a legend lists only the symbols its figure shows. The end token is marked (■ on balls,
/// "end" on stickies) whenever the other words are not all colour words. With the
/// theme's symbols on (black-and-white printing) balls carry symbols as before.
public struct WordMarks: Sendable {
    /// A symbol written on balls in place of a word too wide for them.
    public struct Symbol: Hashable, Sendable {
        public let symbol: String
        public let word: String
    }

    /// Every sticky and ball carries its word: two of the figure's words share a colour.
    public let writesWords: Bool
    /// The end token's stickies and balls are marked.
    public let marksEnd: Bool
    /// The symbols used on balls, in vocabulary order: the figure's legend, the lesson's
    /// symbol of each word the figure writes as one.
    public let legend: [Symbol]
    private let showsSymbols: Bool
    /// What the end token's sticky says: "end", or ■ when "end" is another word.
    private let endLabel: String
    /// The end token's symbol, ■.
    private let endSymbol: String
    /// The symbols of the words whose balls carry one rather than the word: the legend's.
    private let symbolOnBall: [String: String]
    /// Whether balls may carry words: false for marks made without a ball size, whose
    /// balls carry symbols, as a handout's key lists them.
    private let wordsOnBalls: Bool
    private let vocabulary: Vocabulary
    /// The smallest font size, in points of the figure's own size, its stickies and
    /// balls may write a word at (`SlideFit.readableTextSize`): a word that would need
    /// smaller text goes on its ball as its symbol and shrinks on its sticky no further.
    public let smallestText: Double

    /// The marks of a figure showing `words` (in any order, repeats allowed), whose
    /// balls have `ballRadius`; a figure without balls passes nil. A figure whose
    /// subject is the words themselves (the tokens figure, its vocabulary sorted by
    /// name) passes `writesEveryWord`, so colour words carry their names too.
    /// `ballWords`, the words some ball carries (nil: all of `words`), decide the
    /// legend: "Symbols on balls" lists no word that only labels a bin. `smallestText`
    /// is the figure's readable floor (0: none, for a figure not fitted to a slide).
    public init(words: some Sequence<String>, ballWords: [String]? = nil, vocabulary: Vocabulary, theme: Theme,
                ballRadius: Double?, writesEveryWord: Bool = false, smallestText: Double = 0,
                measurer: some TextMeasuring) {
        let shown = Set(words).sorted { (vocabulary.index(of: $0) ?? Int.max) < (vocabulary.index(of: $1) ?? Int.max) }
        let identification = vocabulary.identification(of: shown)
        var legend: [Symbol] = []
        if identification.writesWords, let ballRadius {
            let onBalls = ballWords.map(Set.init)
            legend = shown.filter { !vocabulary.isEnd($0) && onBalls?.contains($0) != false
                && !Ball.fits($0, radius: ballRadius, smallestText: smallestText, measurer: measurer) }
                .map { Symbol(symbol: vocabulary.symbol(of: $0), word: $0) }
        }
        self.init(identification, vocabulary: vocabulary, theme: theme, legend: legend, wordsOnBalls: ballRadius != nil,
                  writesEveryWord: writesEveryWord, smallestText: smallestText)
    }

    /// The marks of a part drawn for the whole vocabulary (a table's heading, a
    /// handout), whose balls carry symbols the part's own key explains.
    public init(vocabulary: Vocabulary, theme: Theme) {
        self.init(vocabulary.identifiesAll, vocabulary: vocabulary, theme: theme, legend: [], wordsOnBalls: false)
    }

    private init(_ identification: Vocabulary.Identification, vocabulary: Vocabulary, theme: Theme, legend: [Symbol],
                 wordsOnBalls: Bool, writesEveryWord: Bool = false, smallestText: Double = 0) {
        self.wordsOnBalls = wordsOnBalls
        self.smallestText = smallestText
        writesWords = identification.writesWords || writesEveryWord
        marksEnd = identification.marksEnd
        self.legend = legend
        showsSymbols = theme.showsSymbols
        let end = "end"
        endSymbol = vocabulary.symbol(of: vocabulary.endToken)
        endLabel = vocabulary.contains(end) && !vocabulary.isEnd(end) ? endSymbol : end
        symbolOnBall = Dictionary(uniqueKeysWithValues: legend.map { ($0.word, $0.symbol) })
        self.vocabulary = vocabulary
    }

    /// Whether a figure showing `words` writes anything on its stickies and balls: not
    /// the colour lesson's, whose words are their colours alone and need no room for text.
    static func writesText(showing words: [String], vocabulary: Vocabulary, theme: Theme) -> Bool {
        let identification = vocabulary.identification(of: Set(words))
        return identification.writesWords || identification.marksEnd || theme.showsSymbols
            || words.contains(where: vocabulary.showsText)
    }

    /// The text on a word's sticky, or nil for a sticky that is its colour alone.
    public func stickyText(of word: String) -> String? {
        if vocabulary.isEnd(word) { return marksEnd ? endLabel : nil }
        return writesWords || vocabulary.showsText(word) ? word : nil
    }

    /// The text on a word's balls, or nil for a ball that is its colour alone.
    public func ballText(of word: String) -> String? {
        if vocabulary.isEnd(word), writesWords || marksEnd || showsSymbols { return endSymbol }
        if writesWords {
            if let symbol = symbolOnBall[word] { return symbol }
            return wordsOnBalls ? word : vocabulary.symbol(of: word)
        }
        return showsSymbols ? vocabulary.symbol(of: word) : nil
    }

    /// The legend as lines of notes under the figure, each filled up to `width` so
    /// a long legend does not make the figure wider or much taller.
    func legendLines(width: Double, font: Font, measurer: some TextMeasuring) -> [String] {
        var lines: [String] = []
        var line = "Symbols on balls:"
        for (index, entry) in legend.enumerated() {
            let text = "\(entry.symbol) = \(entry.word)" + (index == legend.count - 1 ? "" : ",")
            if line.isEmpty || measurer.measure(line + " " + text, font: font).width <= width {
                line += (line.isEmpty ? "" : " ") + text
            } else {
                lines.append(line)
                line = text
            }
        }
        if !legend.isEmpty { lines.append(line) }
        return lines
    }
}
