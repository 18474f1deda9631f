import Foundation
import PropertyBased
import Testing
@testable import UnpluggedModel

/// Random documents of a small vocabulary, as text with one document per line.
private let documentsGenerator = Gen.int(in: 0...5).array(of: 1...8).array(of: 1...12)

private let colourWords = ["purple", "blue", "green", "pink", "cat", "dog"]

private func text(of documents: [[Int]]) -> String {
    documents.map { $0.map { colourWords[$0] }.joined(separator: " ") + "\n" }.joined()
}

@Suite("Counting n-grams")
struct CountingTests {
    @Test("the reference training document gives the reference bins")
    func referenceDocument() throws {
        let model = Model(counting: BuiltInLesson.corpus)
        #expect(model.contextLength == 1)
        #expect(countsByWords(model) == ["green → blue": 1, "blue → purple": 1, "purple → blue": 1, "blue → pink": 1, "pink → white": 1])
        #expect(model.bins.map(\.context.description) == ["purple", "blue", "green", "pink"])
    }

    @Test("context length 2, with and without start padding")
    func contextTwo() throws {
        let corpus = Corpus(documents: [["green", "blue", "pink"], ["green", "blue", "green"]])
        let plain = Model(counting: corpus, contextLength: 2)
        #expect(countsByWords(plain) == ["green blue → pink": 1, "green blue → green": 1, "blue pink → white": 1, "blue green → white": 1])
        let padded = Model(counting: corpus, contextLength: 2, startPadding: true)
        #expect(padded.count(of: "green", after: Context(["white", "white"])) == 2)
        #expect(padded.count(of: "blue", after: Context(["white", "green"])) == 2)
        #expect(padded.hasStartBin)
        #expect(!plain.hasStartBin)
    }

    @Test("an unseen context has an empty bin")
    func unseenContext() {
        let model = Model(counting: BuiltInLesson.corpus)
        let bin = model.bin(for: Context(["pink", "pink"]))
        #expect(bin.isEmpty)
        #expect(model.bin(for: Context(["green"])).row(in: model.vocabulary) == [0, 1, 0, 0, 0])
        #expect(BuiltInLesson.pretrained.bin(for: Context(["purple"])).probability(of: "blue") == 0.3)
        #expect(bin.probability(of: "blue") == 0)
    }

    @Test("counts are sparse: one bin per context seen, not vocabulary^n")
    func sparse() throws {
        let words = (0..<500).map { "w\($0)" }
        let document = (0..<2000).map { words[($0 * 7919) % 500] }
        let model = Model(counting: Corpus(documents: [document]), contextLength: 3)
        #expect(model.binCount <= 1998)
        #expect(model.bins.reduce(0) { $0 + $1.total } == 1998)
    }

    @Test("streaming counts equal counting the documents read whole", arguments: [1, 2, 3])
    func streamingEqualsInMemory(contextLength: Int) async {
        await propertyCheck(count: 60, input: documentsGenerator, Gen.bool) { documents, padding in
            let text = input(text(of: documents))
            let corpus = try #require(try? DocumentsReader.read(text))
            let whole = Model(counting: corpus, contextLength: contextLength, startPadding: padding)
            guard whole.binCount > 0 else {
                // No document fills a context: counting says so instead of giving an empty model.
                #expect(throws: InputError.self) { try DocumentsReader.count(text, contextLength: contextLength, startPadding: padding) }
                return
            }
            let streamed = try #require(try? DocumentsReader.count(text, contextLength: contextLength, startPadding: padding))
            #expect(streamed == whole)
        }
    }

    @Test("counts do not depend on how many pieces are counted at once")
    func pieces() async {
        await propertyCheck(count: 40, input: documentsGenerator, Gen.int(in: 2...5)) { documents, parts in
            for splitting in [DocumentSplitting.lines, .paragraphs] {
                let text = input(text(of: documents).replacingOccurrences(of: "\n", with: splitting == .lines ? "\n" : "\n\n"))
                let overrides = ReadingOverrides(documents: splitting)
                let one = try #require(try? DocumentsReader.count(text, overrides: overrides, pieces: 1))
                let many = try #require(try? DocumentsReader.count(text, overrides: overrides, pieces: parts))
                #expect(one == many)
            }
        }
    }

    @Test("counts do not depend on the order of the documents")
    func documentOrder() async {
        await propertyCheck(count: 100, input: documentsGenerator, Gen.uint64()) { documents, seed in
            var generator = SplitMix64(seed: seed)
            var shuffled = documents
            for index in shuffled.indices.reversed() where index > 0 {
                shuffled.swapAt(index, Int(generator.draw(below: UInt64(index + 1))))
            }
            for contextLength in 1...2 {
                // Both count, or neither does (no document fills a context).
                let original = try? DocumentsReader.count(input(text(of: documents)), contextLength: contextLength)
                let reordered = try? DocumentsReader.count(input(text(of: shuffled)), contextLength: contextLength)
                #expect((original == nil) == (reordered == nil))
                guard let original, let reordered else { continue }
                #expect(countsByWords(original) == countsByWords(reordered))
                #expect(Set(original.vocabulary.words) == Set(reordered.vocabulary.words))
            }
        }
    }

    @Test("the vocabulary is in order of first appearance, the end token last")
    func vocabularyOrder() throws {
        let model = try DocumentsReader.count(input("pink green\nwhite\nblue pink\n"))
        #expect(model.vocabulary.words == ["pink", "green", "blue", "white"])
    }
}
