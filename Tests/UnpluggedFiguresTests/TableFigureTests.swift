import Foundation
import Testing
import UnpluggedFigures
import UnpluggedModel

/// The table of a large vocabulary names each row's own likeliest next words, zeros
/// are blank unless asked for, and a teacher's chosen contexts are the rows.
@Suite("Table figure")
struct TableFigureTests {
    let measurer = LessonFixtures.measurer

    static func corpus(_ name: String, overrides: ReadingOverrides = ReadingOverrides()) -> Corpus {
        try! DocumentsReader.read(InputText(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../Fixtures/corpora/\(name)").path), overrides: overrides)
    }

    /// The opening of Frankenstein, word by word, a document per paragraph.
    static let prose = Model(counting: corpus("prose.txt", overrides: ReadingOverrides(tokens: .words, documents: .paragraphs, lowercase: false)))
    /// A names list, letter by letter: 26 letters and the end token.
    static let names = Model(counting: corpus("names.txt"))

    func table(_ model: Model, _ change: (inout FigureOptions) -> Void = { _ in }) throws -> Scene {
        try tables(model, change)[0]
    }

    /// Every slide of a table, in order.
    func tables(_ model: Model, _ change: (inout FigureOptions) -> Void = { _ in }) throws -> [Scene] {
        var options = FigureOptions()
        change(&options)
        return try TableFigure.figures(of: model, named: "table", options: options, measurer: measurer).map(\.scene)
    }

    /// The texts of a row's cells, left to right, without its context's stickies.
    func cellTexts(_ row: Group) -> [String] {
        row.children.compactMap { if case .text(let run) = $0 { run.text } else { nil } }
    }

    @Test("a novel's rows name their own likeliest next words, never 100% other, each adding up to 100")
    func rowsNameTheirOwnWords() throws {
        let scenes = try tables(Self.prose) { $0.topWords = 5 }
        #expect(scenes.flatMap { $0.groups(prefixed: "row ") }.count == 24)
        for scene in scenes {
            let notes = scene.group("notes")?.texts.map(\.text) ?? []
            for row in scene.groups(prefixed: "row ") {
                let bin = Self.prose.bin(for: Context(row.name.dropFirst("row ".count).split(separator: " ").map(String.init)))
                let texts = cellTexts(row)
                let named: [(word: String, percent: Int)] = texts.filter { $0.contains(" ") }.map { text in
                    let space = text.lastIndex(of: " ")!
                    return (String(text[..<space]), Int(text[text.index(after: space)...].dropLast())!)
                }
                #expect(!named.isEmpty, "\(row.name) names no word")
                #expect(named.count == min(5, bin.counts.count { $0.count > 0 }), "\(row.name)")
                let leastNamed = named.map { bin.count(of: $0.word) }.min() ?? 0
                for ball in bin.counts where !named.contains(where: { $0.word == ball.word }) {
                    #expect(ball.count <= leastNamed, "\(row.name): \(ball.word) is likelier than a named word")
                }
                let other = texts.filter { !$0.contains(" ") }.map { Int($0.dropLast())! }
                #expect(other.count <= 1)
                let sum: Int = named.map(\.percent).reduce(0, +) + other.reduce(0, +)
                // 100, or a little less when equal counts keep equal numbers, and then the notes say so.
                #expect(sum == 100 || (sum > 95 && sum < 100 && notes.contains { $0.contains("add up to") }), "\(row.name): \(texts)")
            }
        }
        let scene = scenes[0]
        let headers = try #require(scene.group("column headers"))
        #expect(headers.texts.map(\.text) == ["likeliest next words", "other"])
    }

    @Test("a table too long for one readable slide goes on over numbered slides, named as a sequence's frames, together every row once")
    func numberedSlides() throws {
        let figures = try TableFigure.figures(of: Self.prose, named: "table", options: FigureOptions(), measurer: measurer)
        #expect(figures.count > 1)
        #expect(figures.map(\.name) == figures.indices.map { FrameNumbering.name("table", index: $0, count: figures.count) })
        let rows = figures.flatMap { $0.scene.groups(prefixed: "row ").map(\.name) }
        #expect(rows.count == 24, "the 24 fullest rows of a novel")
        #expect(Set(rows).count == rows.count)
        for (index, figure) in figures.enumerated() {
            #expect(figure.scene.title.hasSuffix("slide \(index + 1) of \(figures.count)"))
            #expect(figure.scene.group("notes")?.texts.contains { $0.text.hasSuffix("slide \(index + 1) of \(figures.count).") } == true)
            #expect(figure.scene.description.contains("Slide \(index + 1) of \(figures.count) shows rows"))
            #expect(SlideGeometry(scene: figure.scene).unreadableTexts.isEmpty, "\(figure.name)")
        }
    }

    @Test("a long, narrow table flows into blocks of rows side by side on one slide, each block with its headers")
    func blocksSideBySide() throws {
        let corpus = try LessonFixtures.fixture("class.txt")
        let figures = try TableFigure.figures(of: Model(counting: corpus), named: "table", options: FigureOptions(), measurer: measurer)
        #expect(figures.map(\.name) == ["table"])
        let scene = figures[0].scene
        #expect(scene.groups.filter { $0.name == "column headers" }.count == 2)
        let rows = scene.groups(prefixed: "row ")
        let lefts = Set(rows.compactMap { Node.group($0).bounds?.minX.rounded() })
        #expect(lefts.count == 2)
    }

    @Test("letters of a word list, each followed by a few: every row names all its next letters, with no empty other column")
    func noOtherWhenEveryNextWordFits() throws {
        let scene = try table(Self.names)
        #expect(Self.names.vocabulary.count > FigureOptions().topWords, "the rows name their own letters")
        let headers = try #require(scene.group("column headers"))
        #expect(headers.texts.map(\.text) == ["next words"])
        for row in scene.groups(prefixed: "row ") {
            let bin = Self.names.bin(for: Context(row.name.dropFirst("row ".count).split(separator: " ").map(String.init)))
            let named = cellTexts(row).filter { !$0.isEmpty }
            #expect(named.count == bin.counts.count { $0.count > 0 }, "\(row.name): \(named)")
            #expect(named.allSatisfy { $0.contains(" ") }, "\(row.name): a cell without its word")
        }
        let notes = scene.group("notes")?.texts.map(\.text) ?? []
        #expect(notes.first == "Each row: its context\u{2019}s next words, likeliest first.")
        // Rows of letters seen equally often add up to a little under 100, and a note says why.
        #expect(notes.dropFirst() == ["Some rows add up to between 97% and 99%: equal counts show equal percentages."])
        #expect(scene.description.contains("its context\u{2019}s next words, likeliest first."))
    }

    @Test("zero cells are blank; zeros writes them")
    func zeros() throws {
        let blank = try table(Self.names) { $0.topWords = 27 }
        let written = try table(Self.names) { $0.topWords = 27; $0.showsZeros = true }
        let columns = Self.names.vocabulary.count
        for row in blank.groups(prefixed: "row ") {
            let bin = Self.names.bin(for: Context([String(row.name.dropFirst("row ".count))]))
            #expect(cellTexts(row).count == bin.counts.count { $0.count > 0 }, "\(row.name)")
            #expect(!cellTexts(row).contains("0%"))
        }
        for row in written.groups(prefixed: "row ") {
            #expect(cellTexts(row).count == columns, "\(row.name)")
        }
        #expect(written.groups(prefixed: "row ").contains { cellTexts($0).contains("0%") })
    }

    @Test("contexts picks the table's rows and the bins, in the order given")
    func chosenContexts() throws {
        let rows = try table(BuiltInLesson.pretrained) { $0.contexts = [Context(["pink"]), Context(["blue"])] }
        #expect(rows.groups(prefixed: "row ").map(\.name) == ["row pink", "row blue"])
        let prose = try table(Self.prose) { $0.topWords = 5; $0.contexts = [Context(["the"]), Context(["a"]), Context(["I"])] }
        #expect(prose.groups(prefixed: "row ").map(\.name) == ["row the", "row a", "row I"])
        var options = FigureOptions()
        options.contexts = [Context(["green", "pink"]), Context(["purple", "purple"])]
        let bins = try BinsFigure.figure(of: LessonFixtures.contextTwo, named: "bins", options: options, measurer: measurer).scene
        #expect(bins.groups(prefixed: "bin ").map(\.name) == ["bin green pink", "bin purple purple"])
    }

    @Test("a context the model lacks, or of the wrong length, is an error of the contexts option saying how to fix it",
          arguments: [
              ([["bleu"]], "contexts: the model has no context `bleu`: no balls follow it; did you mean `blue`?"),
              ([["zebra"]], "contexts: the model has no context `zebra`: no balls follow it; choose contexts it has, such as the fullest: `purple`, `blue` or `green`"),
              ([["blue", "green"]], "contexts: the context `blue green` has 2 words, but this model's contexts have 1 word; give contexts of 1 word each"),
              ([["blue"], ["blue"]], "contexts: the context `blue` is given twice; give each context once"),
          ])
    func unknownContext(contexts: [[String]], message: String) throws {
        let error = #expect(throws: InputError.self) {
            try table(BuiltInLesson.pretrained) { $0.contexts = contexts.map(Context.init) }
        }
        #expect(error?.description == message)
    }
}
