import Foundation
import Testing
import UnpluggedFigures
import UnpluggedModel

/// Training as a class does it: document after document, each starting from the bins
/// the documents before it left.
@Suite("Training a class's documents in turn")
struct ClassTrainingTests {
    let measurer = LessonFixtures.measurer
    static let text = "the cat sat on the mat\na dog sat on a cat\nthe dog saw a cat\n"

    /// The three sentences, loaded as `render` loads them.
    static func lesson() throws -> Lesson {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("class-\(UUID().uuidString).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try Lesson.load(path, keepingDocuments: true)
    }

    func frames(_ document: DocumentChoice, kind: FigureKind = .training) throws -> [Figure] {
        var options = FigureOptions()
        options.document = document
        return try FigureRequest(kind: kind, options: options).figures(of: try Self.lesson(), measurer: measurer)
    }

    /// Each bin's balls in a frame, by the word on the bin.
    func ballCounts(in figure: Figure) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: figure.scene.groups(prefixed: "bin ").map {
            (String($0.name.dropFirst("bin ".count)), $0.balls.count)
        })
    }

    @Test("document 2 starts from the bins document 1 left: its first frame holds document 1's balls")
    func secondDocumentStartsFromTheFirst() throws {
        let lesson = try Self.lesson()
        let corpus = try #require(lesson.corpus)
        let first = TrainingTrace(corpus: Corpus(documents: [corpus.documents[0]], vocabulary: corpus.vocabulary)).model()
        let opening = try #require(try frames(.number(2)).first)
        let counts = ballCounts(in: opening)
        #expect(counts.values.reduce(0, +) == 6)
        for (word, count) in counts {
            #expect(count == first.bin(for: Context([word])).total, "the bin of \(word)")
        }
        #expect(opening.scene.description == "Document 2 of 3, step 1 of 6: the context is “a”, so we go to the bin of “a”.")
    }

    @Test("document 1 starts from empty bins, as when it is the only one")
    func firstDocumentStartsEmpty() throws {
        let opening = try #require(try frames(.number(1)).first)
        #expect(ballCounts(in: opening).values.allSatisfy { $0 == 0 })
    }

    @Test("all: one sequence numbered 00 on, as many frames as the documents have one by one, each with its document on top")
    func everyDocumentInTurn() throws {
        let all = try frames(.all)
        let each = try (1...3).map { try frames(.number($0)) }
        #expect(all.count == each.map(\.count).reduce(0, +))
        #expect(all.map(\.name) == all.indices.map { FrameNumbering.name("training-demo", index: $0, count: all.count) })
        #expect(all.first?.name == "training-demo00")
        // Document 2's frames follow document 1's and tell the same steps over the same balls.
        let second = Array(all[each[0].count..<(each[0].count + each[1].count)])
        #expect(second.map(\.scene.description) == each[1].map(\.scene.description))
        #expect(second.map(ballCounts(in:)) == each[1].map(ballCounts(in:)))
        // Every frame is laid out with room for the longest document, so the sequence's
        // stickies keep one size on their slides.
        let stickyWidths = all.map { $0.scene.group("document")?.groups.first.flatMap { Node.group($0).bounds }?.width ?? 0 }
        #expect(Set(stickyWidths).count == 1, "every frame has room for the longest document")
    }

    @Test("with all, frame k drawn alone is frame k of the sequence")
    func standaloneFrameOfAll() throws {
        let corpus = try #require(try Self.lesson().corpus)
        let trace = TrainingTrace(corpus: corpus)
        var options = FigureOptions()
        options.document = .all
        let sequence = TrainingFigure.figures(of: trace, named: "t", options: options, measurer: measurer)
        for index in [0, 11, 12, 13, sequence.count - 1] {
            #expect(TrainingFigure.frame(at: index, of: trace, named: "t", options: options, measurer: measurer)
                == sequence[index])
        }
    }

    @Test("all of the built-in lesson, with its one document, is its ten reference frames")
    func builtInLessonUnchanged() throws {
        var options = FigureOptions()
        options.document = .all
        let lesson = try Lesson.load(nil)
        let all = try FigureRequest(kind: .training, options: options).figures(of: lesson, measurer: measurer)
        let one = try FigureRequest(kind: .training).figures(of: lesson, measurer: measurer)
        #expect(all == one)
        #expect(one.count == 10)
        #expect(one[3].scene.description == "Step 2 of 5: after blue comes purple, so a purple ball goes into the blue bin.")
    }

    @Test("the overview of document 2 draws its arrows over the bins document 1 filled; all is refused at the option")
    func overview() throws {
        let overview = try #require(try frames(.number(2), kind: .overview).first)
        #expect(ballCounts(in: overview).values.reduce(0, +) == 12)
        #expect(overview.scene.description.contains("at once, into the bins as document 1 left them: 6 balls go into "))
        let refusal = #expect(throws: InputError.self) { try frames(.all, kind: .overview) }
        #expect(refusal?.place == .option("document"))
    }

    @Test("a document is a number from 1, or all", arguments: ["0", "none", "-1", "1.5", ""])
    func badChoices(text: String) {
        #expect(throws: OptionProblem.self) { try DocumentChoice(text: text) }
    }

    @Test("all, in any case, and numbers from 1")
    func goodChoices() throws {
        #expect(try DocumentChoice(text: "all") == .all)
        #expect(try DocumentChoice(text: "ALL") == .all)
        #expect(try DocumentChoice(text: "3") == .number(3))
    }
}
