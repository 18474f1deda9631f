import Foundation
import Synchronization
import Testing
import UnpluggedCairo
import UnpluggedFigures

/// Each drawing thread keeps its Pango layouts for its next figures (`KeptLayouts`).
/// What a thread draws after other figures, in other formats and at other scales, must
/// be what a thread that has drawn nothing before draws.
@Suite("Kept layouts")
struct KeptLayoutsTests {
    let renderer = CairoRenderer()

    /// `words` written the way a bins figure writes them: each word several times, as a
    /// bold label and in smaller regular text, at `size` points.
    static func wordsScene(_ words: [String], size: Double, columns: Int = 8) -> Scene {
        let runs = words.enumerated().flatMap { index, word in
            let x = Double(index % columns) * 90 + 10, y = Double(index / columns) * 3 * size + 10
            return [
                Node.text(TextRun(word, font: Font(size: size, weight: .bold), color: .black,
                                  frame: Rect(x: x, y: y, width: 80, height: size * 1.2))),
                Node.text(TextRun(word, font: Font(size: size * 0.7), color: .black,
                                  frame: Rect(x: x, y: y + size * 1.3, width: 80, height: size))),
            ]
        }
        let rows = (words.count + columns - 1) / columns
        return Scene(size: Size(width: Double(columns) * 90 + 20, height: Double(rows) * 3 * size + 20),
                     title: "Words", description: "Words written twice.", nodes: runs)
    }

    static let classWords = ["the", "park", "the", "my", "sister", "went", "to", "the", "beach", "dog", "was", "happy"]

    /// What `draw` returns when run on a thread of its own, which has kept nothing yet.
    static func onNewThread(_ draw: @escaping @Sendable () throws -> [[UInt8]]) throws -> [[UInt8]] {
        let result = Mutex<Result<[[UInt8]], any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let drawn = Result { try draw() }
            result.withLock { $0 = drawn }
            done.signal()
        }
        thread.start()
        done.wait()
        return try result.withLock { $0! }.get()
    }

    @Test("a figure drawn after others on one thread, in SVG, PNG at two scales and PDF, is the figure a new thread draws")
    func afterOthersAsFresh() throws {
        let renderer = self.renderer
        let small = Self.wordsScene(Self.classWords, size: 14)
        let large = Self.wordsScene(Self.classWords.reversed(), size: 22)
        let drawings: [@Sendable () throws -> [UInt8]] = [
            { try renderer.svg(small) },
            { try renderer.png(large, scale: 2) },
            { try renderer.pdf([small, large]) },
            { try renderer.png(small, scale: 3) },
            { try renderer.svg(large) },
            { try renderer.png(large, scale: 2) },
            { try renderer.svg(small) },
        ]
        let inTurn = try Self.onNewThread { try drawings.map { try $0() } }
        for (index, drawing) in drawings.enumerated() {
            let fresh = try Self.onNewThread { [try drawing()] }[0]
            #expect(inTurn[index] == fresh, "drawing \(index) differs when the thread has drawn others before it")
        }
    }

    @Test("a figure of more words than a thread keeps layouts for is drawn the same again, and as a new thread draws it")
    func moreWordsThanKept() throws {
        let renderer = self.renderer
        let words = (0..<1_300).map { "w\($0)" }
        let scene = Self.wordsScene(words, size: 10, columns: 40)
        let twice = try Self.onNewThread { [try renderer.svg(scene), try renderer.svg(scene)] }
        let fresh = try Self.onNewThread { [try renderer.svg(scene)] }[0]
        #expect(twice[0] == fresh)
        #expect(twice[1] == fresh)
        #expect(String(decoding: fresh, as: UTF8.self).contains("<use"), "the words are drawn as glyphs")
    }
}
