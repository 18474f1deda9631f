import Testing
import UnpluggedFigures
import UnpluggedModel

@Suite("Handout pages")
struct HandoutTests {
    let measurer = FixedAdvanceMeasurer()

    /// A context-2 model over the lesson's words: every pair of colours is a bin.
    var contextTwo: Model {
        let colours = ["purple", "blue", "green", "pink"]
        let bins = colours.flatMap { first in
            colours.map { second in
                Bin(context: Context([first, second]),
                    counts: (colours + ["white"]).enumerated().map { BallCount(word: $1, count: $0 + first.count) })
            }
        }
        return Model(vocabulary: BuiltInLesson.vocabulary, contextLength: 2, bins: bins)
    }

    /// Every text run of a page, in order.
    func texts(_ nodes: [Node]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .text(let run): [run.text]
            case .group(let group): texts(group.children)
            default: []
            }
        }
    }

    @Test("every page is the paper's size, and nothing is drawn in the 12 mm a home printer may not reach",
          arguments: Paper.allCases)
    func pagesFitThePaper(paper: Paper) {
        let pages = Handout.pages(for: contextTwo, title: "Two words", paper: paper, capacity: 20, die: .d6,
                                  measurer: measurer)
        let margin = 12 / 25.4 * 72
        let printable = Rect(x: margin, y: margin, width: paper.size.width - 2 * margin,
                             height: paper.size.height - 2 * margin)
        for page in pages {
            #expect(page.size == paper.size)
            for node in page.nodes {
                let bounds = node.bounds!
                #expect(printable.contains(bounds), "\(page.title): \(bounds)")
            }
        }
    }

    @Test("paper sizes in points: A4 is 210 × 297 mm, Letter 8.5 × 11 in")
    func paperSizes() {
        #expect(abs(Paper.a4.size.width - 595.28) < 0.01 && abs(Paper.a4.size.height - 841.89) < 0.01)
        #expect(Paper.letter.size == Size(width: 612, height: 792))
    }

    @Test("more contexts flow onto more pages; each page is numbered and carries the title")
    func pagesFlow() {
        let small = Handout.pages(for: BuiltInLesson.pretrained, title: "Built-in lesson", paper: .a4, capacity: 10,
                                  die: .d10, measurer: measurer)
        let large = Handout.pages(for: contextTwo, title: "Two words", paper: .a4, capacity: 10, die: .d10,
                                  measurer: measurer)
        // Six sections, each from a new page; 16 labels, 6 to a page, need three pages.
        #expect(small.count == 6)
        #expect(large.count > small.count)
        for (index, page) in large.enumerated() {
            let words = texts(page.nodes)
            #expect(words.contains("page \(index + 1) of \(large.count)"))
            #expect(words.contains("Two words"))
        }
        let labels = large.filter { $0.title.contains("Bin labels") }
        #expect(labels.count == 3)
        #expect(labels.flatMap { texts($0.nodes) }.filter { $0.hasPrefix("bin ") && $0.hasSuffix(" of 16") }.count == 16)
    }

    @Test("the kit list's rows, the dice table's faces and the labels' words are written on the pages")
    func contents() {
        let pages = Handout.pages(for: BuiltInLesson.pretrained, title: "Built-in lesson", paper: .letter, capacity: 20,
                                  die: .d6, measurer: measurer)
        let all = pages.flatMap { texts($0.nodes) }
        #expect(["purple", "blue", "green", "pink", "white"].allSatisfy(all.contains))
        let kit = texts(pages.first { $0.title.contains("Kit list") }!.nodes)
        // The totals row at 20 balls a bucket: twice the lesson's 8, 7, 8, 9, 8.
        #expect(kit.suffix(7) == ["to buy", "16", "14", "16", "18", "16", "80"])
        let dice = texts(pages.first { $0.title.contains("Dice table (d6)") }!.nodes)
        // purple's row: five faces, one a word, 6 rolled again, 10 points off.
        #expect(dice.contains("10.0 pts"))
        #expect(dice.contains("13.3 pts"))
    }

    @Test("the greyscale symbols: on the handout's stickies and balls always, on slides only when asked")
    func symbols() {
        var theme = Theme.light
        let sticky = Sticky(word: "pink", vocabulary: BuiltInLesson.vocabulary)
        let frame = Rect(x: 0, y: 0, width: 160, height: 100)
        #expect(texts([sticky.node(in: frame, theme: theme, measurer: measurer)]).isEmpty)
        theme.showsSymbols = true
        #expect(texts([sticky.node(in: frame, theme: theme, measurer: measurer)]) == ["Pi"])
        let ball = Ball(word: "white", vocabulary: BuiltInLesson.vocabulary, theme: theme)
        #expect(texts([ball.node(at: Point(x: 10, y: 10), radius: 10, theme: theme, measurer: measurer)]) == ["■"])
        let pages = Handout.pages(for: BuiltInLesson.pretrained, title: "Built-in lesson", paper: .a4, capacity: 10,
                                  die: .d10, measurer: measurer)
        let stickies = texts(pages.first { $0.title.contains("Sticky notes") }!.nodes)
        #expect(stickies.filter { $0 == "Pi" }.count == 3)
    }
}
