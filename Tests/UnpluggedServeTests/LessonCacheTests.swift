import Testing
import UnpluggedModel
@testable import UnpluggedServe

/// The lesson cache: documents counted once for every figure drawn from them, and never
/// a count made with other reading options, nor a failure kept.
@Suite struct LessonCacheTests {
    let corpus = Array(ServeClient.classCorpus.utf8)

    @Test("the same documents read the same way are counted once; other reading options count afresh")
    func countedOnce() throws {
        let cache = LessonCache()
        let first = try cache.lesson(of: corpus, reading: InputReading(), keepingDocuments: false)
        let again = try cache.lesson(of: corpus, reading: InputReading(), keepingDocuments: false)
        #expect(cache.usage.count == 1)
        #expect(again.model.contextLength == first.model.contextLength)
        #expect(again.vocabulary.words == first.vocabulary.words)

        let twoWords = try cache.lesson(of: corpus, reading: InputReading(contextLength: 2), keepingDocuments: false)
        #expect(twoWords.model.contextLength == 2)
        let withDocuments = try cache.lesson(of: corpus, reading: InputReading(), keepingDocuments: true)
        #expect(withDocuments.corpus != nil)
        #expect(first.corpus == nil)
        let otherText = try cache.lesson(of: Array("The cat sat.\n".utf8), reading: InputReading(), keepingDocuments: false)
        #expect(otherText.vocabulary.words.contains("cat"))
        #expect(cache.usage.count == 4)
    }

    @Test("documents that fail to count fail again, naming the line, and are not kept")
    func failuresNotKept() {
        let cache = LessonCache()
        let notUTF8: [UInt8] = Array("red blue\n".utf8) + [0xFF, 0xFE] + Array(" green\n".utf8)
        for _ in 0..<2 {
            #expect {
                try cache.lesson(of: notUTF8, reading: InputReading(), keepingDocuments: false)
            } throws: { error in
                "\(error)".contains("documents:2:")
            }
        }
        #expect(cache.usage.count == 0)
    }

    @Test("a text whose count would pass the bound is counted but not kept")
    func bounded() throws {
        let cache = LessonCache(byteLimit: LessonCache.estimatedCost(ofCounting: corpus) - 1)
        _ = try cache.lesson(of: corpus, reading: InputReading(), keepingDocuments: false)
        #expect(cache.usage.count == 0)
        let roomy = LessonCache(byteLimit: LessonCache.estimatedCost(ofCounting: corpus))
        _ = try roomy.lesson(of: corpus, reading: InputReading(), keepingDocuments: false)
        #expect(roomy.usage.count == 1)
    }
}
