import Testing
import UnpluggedFigures
import UnpluggedModel

@Suite("Sticky figure")
struct StickyFigureTests {
    let measurer = FixedAdvanceMeasurer()
    let lesson = BuiltInLesson.vocabulary

    @Test("one figure per word, end token included, in vocabulary order")
    func oneFigurePerWord() {
        let names = StickyFigure.figures(for: lesson, measurer: measurer).map(\.name)
        #expect(names == ["sticky-purple", "sticky-blue", "sticky-green", "sticky-pink", "sticky-white"])
    }

    @Test("a colour word is its colour alone: no text on the note")
    func colourWordHasNoText() {
        let scene = StickyFigure.scene(for: "purple", in: lesson, measurer: measurer)
        #expect(!scene.dump().contains("text "))
        #expect(scene.dump().contains("fill #8e7cc3"))
    }

    @Test("the end token's light note has a visible grey outline")
    func endTokenIsOutlined() {
        let dump = StickyFigure.scene(for: "white", in: lesson, measurer: measurer).dump()
        #expect(dump.contains("fill #eeeeee stroke #8c8c8c w2"))
    }

    @Test("title and alt text say what the note stands for")
    func describedInTheLessonsWords() {
        let scene = StickyFigure.scene(for: "white", in: lesson, measurer: measurer)
        #expect(scene.title == "Sticky note: white")
        #expect(scene.description.contains("end-of-document"))
        #expect(StickyFigure.scene(for: "blue", in: lesson, measurer: measurer).description
            == "A blue sticky note: the word blue.")
    }

    @Test("a word that is not a colour is written on its note, inside it")
    func writtenWordFitsItsNote() throws {
        let vocabulary = Vocabulary(words: ["cat", "sat"], endToken: "<end>")
        let scene = StickyFigure.scene(for: "cat", in: vocabulary, measurer: measurer)
        let (note, text) = try #require(noteAndText(scene))
        #expect(text.text == "cat")
        #expect(note.contains(text.frame))
    }

    @Test("a long word shrinks its font, then widens its note; nothing leaves the canvas")
    func longWordWidensNote() throws {
        let long = String(repeating: "w", count: 60)
        let vocabulary = Vocabulary(words: [long], endToken: "<end>")
        let scene = StickyFigure.scene(for: long, in: vocabulary, measurer: measurer)
        let (note, text) = try #require(noteAndText(scene))
        #expect(text.font.size == 12)
        #expect(note.contains(text.frame))
        #expect(scene.size.width > 172)
        let canvas = Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height)
        for node in scene.nodes { #expect(canvas.contains(try #require(node.bounds))) }
    }

    @Test("file names keep letters of any script and replace path characters")
    func safeFileNames() {
        let vocabulary = Vocabulary(words: ["café", "../x"], endToken: "<end>")
        #expect(StickyFigure.name(for: "café", in: vocabulary) == "sticky-café")
        #expect(StickyFigure.name(for: "../x", in: vocabulary) == "sticky-___x")
    }

    @Test("the end token's file is named for the end: sticky-end, sticky-white in the colour lesson, never sticky-_end_")
    func endFileNames() {
        let sentences = Vocabulary(words: ["the", "park"], endToken: "<end>")
        #expect(StickyFigure.figures(for: sentences, measurer: measurer).map(\.name) == ["sticky-the", "sticky-park", "sticky-end"])
        #expect(StickyFigure.figures(for: sentences, measurer: measurer).last?.scene.title == "Sticky note: end")
        // A text whose word "end" has the name: the end token takes another.
        let story = Vocabulary(words: ["the", "end"], endToken: "<end>")
        #expect(StickyFigure.figures(for: story, measurer: measurer).map(\.name) == ["sticky-the", "sticky-end", "sticky-end_token"])
        let colours = Vocabulary(words: ["green", "blue"])
        #expect(StickyFigure.figures(for: colours, measurer: measurer).map(\.name) == ["sticky-green", "sticky-blue", "sticky-white"])
    }

    @Test("words whose file names collide still get a file each")
    func collidingNames() {
        let vocabulary = Vocabulary(words: ["a/b", "a_b", "a?b"], endToken: "<end>")
        let names = StickyFigure.figures(for: vocabulary, measurer: measurer).map(\.name)
        #expect(names == ["sticky-a_b", "sticky-a_b-2", "sticky-a_b-3", "sticky-end"])
    }

    @Test("the scene dump of the built-in purple sticky")
    func snapshot() {
        let dump = StickyFigure.scene(for: "purple", in: lesson, measurer: measurer).dump()
        #expect(dump == """
            scene 172x112 background #ffffff
            title "Sticky note: purple"
            desc "A purple sticky note: the word purple."
            group sticky purple
              rect 6,9 160x100 r4 fill #000000@0.1
              rect 6,6 160x100 r4 fill #8e7cc3 stroke #7466a0 w1

            """)
    }

    /// The paper rectangle of a sticky scene and the text written on it.
    private func noteAndText(_ scene: Scene) -> (Rect, TextRun)? {
        guard case .group(let group) = scene.nodes.first else { return nil }
        var paper: Rect?
        var text: TextRun?
        for child in group.children {
            if case .rectangle(let rect, _, let style) = child, style.stroke != nil { paper = rect }
            if case .text(let run) = child { text = run }
        }
        guard let paper, let text else { return nil }
        return (paper, text)
    }
}
