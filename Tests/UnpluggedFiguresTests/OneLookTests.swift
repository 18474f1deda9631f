import Foundation
import Testing
import UnpluggedFigures
import UnpluggedModel

/// One mark per word for a whole lesson: every kind of figure of a class's sentences
/// gives a word the same fill, and writes on its balls the word or the lesson's symbol
/// for it, never a symbol of its own.
@Suite("One look per word")
struct OneLookTests {
    static let half = "my sister went to the park\nthe dog ran in the park\nmy sister ran to the dog\nthe dog went to sleep\n"
    static let otherHalf = "the cat sat in the park\nmy brother went to school\nthe cat went to sleep\n"

    static func lesson(_ text: String, name: String, kind: Kind) throws -> Lesson {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("one-look-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        return try kind.load(folder + "/" + name, reading: InputReading())
    }

    /// (word, fill, text) of every sticky and ball in `scene`.
    static func looks(in scene: Scene) -> [(word: String, fill: String, text: String?, onBall: Bool)] {
        scene.groups.compactMap { group in
            for prefix in ["sticky ", "ball ", "new ball "] where group.name.hasPrefix(prefix) {
                let word = String(group.name.dropFirst(prefix.count))
                let fill = group.leaves.compactMap { leaf -> Color? in
                    switch leaf {
                    case .rectangle(_, _, let style), .circle(_, _, let style): style.fill
                    default: nil
                    }
                }.last
                guard let fill else { return nil }
                return (word, String(describing: fill), group.texts.first?.text, prefix != "sticky ")
            }
            return nil
        }
    }

    @Test("every kind of one lesson, and its compare with the other half, gives each word one fill and one symbol")
    func everyKind() throws {
        var scenes: [Scene] = []
        for kind in FigureKind.allCases {
            let lesson = try OneLookTests.lesson(OneLookTests.half, name: "half.txt", kind: .figures(kind))
            var options = FigureOptions()
            if kind == .chances || kind == .temperature || kind == .generation { options.prompt = ["the"] }
            let other = kind == .compare ? try OneLookTests.lesson(OneLookTests.otherHalf, name: "other.txt", kind: .figures(kind)) : nil
            let request = FigureRequest(kind: kind, options: options)
            scenes += try request.figures(of: lesson, comparedWith: other, measurer: LessonFixtures.measurer).map(\.scene)
        }
        let vocabulary = try OneLookTests.lesson(OneLookTests.half, name: "half.txt", kind: .figures(.bins)).vocabulary
        let looks = scenes.flatMap(OneLookTests.looks)
        #expect(Set(looks.map(\.word)).isSuperset(of: vocabulary.words.filter { !vocabulary.isEnd($0) }))
        for word in Set(looks.map(\.word)) where !vocabulary.isEnd(word) && vocabulary.contains(word) {
            let own = looks.filter { $0.word == word }
            let ballFills = Set(own.filter(\.onBall).map(\.fill)), stickyFills = Set(own.filter { !$0.onBall }.map(\.fill))
            #expect(ballFills.count <= 1 && stickyFills.count <= 1 && (ballFills.isEmpty || ballFills == stickyFills),
                    "\(word): \(ballFills) \(stickyFills)")
            let ballTexts = Set(own.filter(\.onBall).compactMap(\.text))
            #expect(ballTexts.isSubset(of: [word, vocabulary.symbol(of: word)]), "\(word) on balls: \(ballTexts)")
            #expect(Set(own.filter { !$0.onBall }.compactMap(\.text)).isSubset(of: [word]))
        }
    }

    @Test("a word both halves have looks the same on both sides and as either half's own lesson marked with both")
    func halvesAgree() throws {
        let left = try OneLookTests.lesson(OneLookTests.half, name: "left.txt", kind: .figures(.bins))
        let right = try OneLookTests.lesson(OneLookTests.otherHalf, name: "right.txt", kind: .figures(.bins))
        let marks = LessonMarks(of: [left.vocabulary, right.vocabulary])
        let (markedLeft, markedRight) = (left.vocabulary.marked(by: marks), right.vocabulary.marked(by: marks))
        for word in ["the", "park", "sleep", "went", "to"] {
            #expect(markedLeft.color(of: word) == markedRight.color(of: word), "\(word)")
            #expect(markedLeft.symbol(of: word) == markedRight.symbol(of: word), "\(word)")
        }
        // "cat" is the right half's own; marked with both it takes the palette after the left's words.
        #expect(right.vocabulary.color(of: "cat") != markedRight.color(of: "cat"))
        // One input alone keeps its own marks: the lesson's look does not change with no second input.
        #expect(left.vocabulary.marked(by: LessonMarks(of: [left.vocabulary])) == left.vocabulary)
    }
}
