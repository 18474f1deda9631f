import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import UnpluggedServe

/// The answer cache: a repeated render request is answered with the bytes a drawing
/// gives, and the figures kept never pass the cache's bound.
@Suite struct AnswerCacheTests {
    let corpus = ServeClient.classCorpus
    let cacheHeader = HTTPField.Name("X-Answer-Cache")!

    @Test("a repeated request is answered from the cache with the very bytes a drawing gives")
    func repeated() async throws {
        let drawnAfresh = try await ServeClient.test(ServeConfiguration(limits: ServeLimits(answerCacheBytes: 0))) { client in
            let first = try await client.post("/api/render/bins.svg?seed=4&context=1", corpus)
            let second = try await client.post("/api/render/bins.svg?seed=4&context=1", corpus)
            #expect(first.headers[cacheHeader] == "miss")
            #expect(second.headers[cacheHeader] == "miss")
            return first.bytes
        }
        try await ServeClient.test { client in
            let first = try await client.post("/api/render/bins.svg?seed=4&context=1", corpus)
            // The same options in another order are the same request.
            let second = try await client.post("/api/render/bins.svg?context=1&seed=4", corpus)
            #expect(first.status == .ok)
            #expect(first.headers[cacheHeader] == "miss")
            #expect(second.headers[cacheHeader] == "hit")
            #expect(first.bytes == drawnAfresh)
            #expect(second.bytes == drawnAfresh)
            #expect(second.headers[HTTPField.Name("X-Alt-Text")!] == first.headers[HTTPField.Name("X-Alt-Text")!])
            let otherBody = try await client.post("/api/render/bins.svg?seed=4&context=1", corpus + "The cat sat.\n")
            #expect(otherBody.headers[cacheHeader] == "miss")
            #expect(otherBody.bytes != drawnAfresh)
        }
    }

    @Test("with room for two figures, a third pushes out the least recently used")
    func leastRecentlyUsedLeaves() async throws {
        let size = try await ServeClient.test { client in
            try await client.post("/api/render/bins.svg?seed=1", corpus).bytes.count
        }
        // Room for two figures of about this size (their alt texts and keys included), not three.
        let limits = ServeLimits(answerCacheBytes: size * 2 + size / 2)
        try await ServeClient.test(ServeConfiguration(limits: limits)) { client in
            for seed in [1, 2] { _ = try await client.post("/api/render/bins.svg?seed=\(seed)", corpus) }
            #expect(try await client.post("/api/render/bins.svg?seed=1", corpus).headers[cacheHeader] == "hit")
            _ = try await client.post("/api/render/bins.svg?seed=3", corpus)
            // 2 was used least recently: it went; 1 and 3 stay.
            #expect(try await client.post("/api/render/bins.svg?seed=1", corpus).headers[cacheHeader] == "hit")
            #expect(try await client.post("/api/render/bins.svg?seed=3", corpus).headers[cacheHeader] == "hit")
            #expect(try await client.post("/api/render/bins.svg?seed=2", corpus).headers[cacheHeader] == "miss")
        }
    }

    @Test("the kept answers never pass the bound, whatever is kept in whatever order")
    func bounded() {
        let cache = AnswerCache(byteLimit: 10_000)
        var generator = SystemRandomNumberGenerator()
        for round in 0..<2_000 {
            let key = String(Int.random(in: 0..<40, using: &generator))
            if Bool.random(using: &generator) {
                let figure = DrawnFigure(bytes: [UInt8](repeating: UInt8(round % 256), count: Int.random(in: 0..<4_000, using: &generator)),
                                         altText: "figure \(round)", number: 1, hasNext: false)
                cache.keep(figure, for: key)
                #expect(cache.answer(for: key)?.bytes == figure.bytes)
            } else {
                _ = cache.answer(for: key)
            }
            #expect(cache.usage.bytes <= cache.byteLimit)
        }
        // A figure larger than the whole bound is not kept.
        cache.keep(DrawnFigure(bytes: [UInt8](repeating: 0, count: 20_000), altText: "", number: 1, hasNext: false), for: "large")
        #expect(cache.answer(for: "large") == nil)
        #expect(cache.usage.bytes <= cache.byteLimit)
    }

    @Test("the key tells apart requests that differ in kind, format, an option's value or the body")
    func keys() throws {
        let bins = try FigureAddress(file: "bins.svg")
        let key = AnswerCache.key(bins, parameters: [("seed", "1")], body: Array("a b".utf8))
        #expect(key == AnswerCache.key(bins, parameters: [("seed", "1")], body: Array("a b".utf8)))
        #expect(key != AnswerCache.key(try FigureAddress(file: "bins.png"), parameters: [("seed", "1")], body: Array("a b".utf8)))
        #expect(key != AnswerCache.key(bins, parameters: [("seed", "11")], body: Array("a b".utf8)))
        #expect(key != AnswerCache.key(bins, parameters: [("seed", "1")], body: Array("a c".utf8)))
        // A value and the body cannot trade bytes.
        #expect(AnswerCache.key(bins, parameters: [("seed", "1a")], body: Array("b".utf8))
            != AnswerCache.key(bins, parameters: [("seed", "1")], body: Array("ab".utf8)))
    }
}
