import Testing
import UnpluggedModel

@Suite("Lesson colours")
struct LessonColoursTests {
    @Test("colour words keep the reference lesson's colours; the end token is light and last")
    func referenceColours() {
        let vocabulary = Vocabulary(words: ["white", "purple", "blue", "green", "pink"])
        #expect(vocabulary.words == ["purple", "blue", "green", "pink", "white"])
        #expect(["purple", "blue", "green", "pink", "white"].map { vocabulary.color(of: $0).hex }
            == ["#8e7cc3", "#4a86e8", "#00ff00", "#ff00ff", "#eeeeee"])
        #expect(vocabulary.isEnd("white"))
        #expect(!vocabulary.showsText("blue"))
    }

    @Test("other words get distinct palette colours and show their text")
    func otherWords() {
        let vocabulary = Vocabulary(words: ["the", "cat", "sat"], endToken: "<end>")
        let colours = ["the", "cat", "sat"].map { vocabulary.color(of: $0) }
        #expect(Set(colours).count == 3)
        #expect(vocabulary.showsText("cat"))
    }

    @Test("#rrggbb reads and writes back; anything else is refused")
    func hex() {
        #expect(WordColor(hex: "#8E7CC3")?.hex == "#8e7cc3")
        #expect(WordColor(hex: "8e7cc3") == WordColor(red: 0x8e, green: 0x7c, blue: 0xc3))
        #expect(WordColor(hex: "#8e7cc") == nil)
        #expect(WordColor(hex: "#8e7cgg") == nil)
    }
}
