import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UnpluggedServe

/// `POST /api/render/KIND.FORMAT`: the figures `render` draws, from the request's
/// documents and options; clear 4xx answers for everything else.
@Suite struct RenderRouteTests {
    let corpus = ServeClient.classCorpus

    @Test("a bins figure of the class corpus is its SVG, with the alt text `render` writes into its <desc>")
    func binsSVG() async throws {
        try await ServeClient.test { client in
            let response = try await client.post("/api/render/bins.svg?context=1&seed=3", corpus)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "image/svg+xml")
            let svg = response.text
            #expect(svg.hasPrefix("<?xml"))
            let alt = try #require(response.headers[HTTPField.Name("X-Alt-Text")!]?.removingPercentEncoding)
            #expect(alt.contains("bins"))
            let desc = try #require(svg.split(separator: "<desc id=\"desc\">").last?.split(separator: "</desc>").first)
            #expect(String(desc).replacingOccurrences(of: "&quot;", with: "\"") == alt.replacingOccurrences(of: "&quot;", with: "\""))
        }
    }

    @Test("the alt text of words beyond ASCII travels as ASCII and decodes to the figure's words")
    func altTextBeyondASCII() async throws {
        try await ServeClient.test { client in
            let response = try await client.post("/api/render/bins.svg", "Zoë mag crème brûlée.\nZoë mag thé.\n")
            #expect(response.status == .ok)
            let header = try #require(response.headers[HTTPField.Name("X-Alt-Text")!])
            #expect(header.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: " ") })
            let alt = try #require(header.removingPercentEncoding)
            #expect(alt.contains("zoë") || alt.contains("Zoë"))
            #expect(alt.contains("brûlée"))
            let desc = try #require(response.text.split(separator: "<desc id=\"desc\">").last?.split(separator: "</desc>").first)
            #expect(String(desc).replacingOccurrences(of: "&quot;", with: "\"") == alt.replacingOccurrences(of: "&quot;", with: "\""))
        }
    }

    @Test("the same documents, options and seed give the same bytes")
    func deterministic() async throws {
        try await ServeClient.test { client in
            let first = try await client.post("/api/render/generation.png?seed=7&frame=3", corpus)
            let second = try await client.post("/api/render/generation.png?seed=7&frame=3", corpus)
            #expect(first.status == .ok)
            #expect(first.headers[.contentType] == "image/png")
            #expect(first.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            #expect(first.bytes == second.bytes)
            let otherSeed = try await client.post("/api/render/generation.png?seed=8&frame=3", corpus)
            #expect(otherSeed.bytes != first.bytes)
        }
    }

    @Test("options change the figure: the context and the theme")
    func optionsShapeTheFigure() async throws {
        try await ServeClient.test { client in
            let one = try await client.post("/api/render/bins.svg", corpus).text
            let two = try await client.post("/api/render/bins.svg?context=2", corpus).text
            let dark = try await client.post("/api/render/bins.svg?theme=dark", corpus).text
            #expect(one != two)
            #expect(one != dark)
        }
    }

    @Test("frame=K is one frame of a sequence; the headers say which, and whether there is a next")
    func frames() async throws {
        try await ServeClient.test { client in
            let first = try await client.post("/api/render/training.svg", corpus)
            #expect(first.headers[HTTPField.Name("X-Figure")!] == "1")
            #expect(first.headers[HTTPField.Name("X-Has-Next-Figure")!] == "true")
            let second = try await client.post("/api/render/training.svg?frame=2", corpus)
            #expect(second.text != first.text)
            let past = try await client.post("/api/render/training.svg?frame=9999", corpus)
            #expect(past.status == .badRequest)
            #expect(past.text.hasPrefix("frame: documents makes "))
        }
    }

    @Test("the handout is a PDF on the paper asked for")
    func handout() async throws {
        try await ServeClient.test { client in
            let a4 = try await client.post("/api/render/handout.pdf", corpus)
            #expect(a4.status == .ok)
            #expect(a4.headers[.contentType] == "application/pdf")
            #expect(a4.bytes.starts(with: Array("%PDF".utf8)))
            let letter = try await client.post("/api/render/handout.pdf?paper=letter", corpus)
            #expect(letter.text.contains("612") && !a4.text.contains("MediaBox [0 0 612"))
        }
    }

    @Test("a bad option value is 400, naming the option and what it accepts, in the command line's words",
          arguments: [
              ("context=zero", "context: 'zero' is not a whole number of 1 or more; write a number such as 1"),
              ("contxt=2", "unknown option 'contxt'; did you mean 'context'?"),
              ("theme=purple", "theme: "),
              ("prompt=the", "prompt: it shapes generation, graph, chances or temperature figures, not bins; leave it out of this bins figure"),
              ("scale=16", "scale: the server draws at most 4 pixels per point"),
              ("with=/etc/passwd", "unknown option 'with'"),
              ("frame=0", "frame: "),
          ])
    func badOption(query: String, message: String) async throws {
        try await ServeClient.test { client in
            let response = try await client.post("/api/render/bins.svg?\(query)", corpus)
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(response.text.hasPrefix(message), "\(response.text)")
        }
    }

    @Test("documents that are not UTF-8, or count nothing, are 400 naming the line")
    func badDocuments() async throws {
        try await ServeClient.test { client in
            var bytes = Array("the cat sat\n".utf8)
            bytes += [0x61, 0xFF, 0xFE, 0x0A]
            let notUTF8 = try await client.execute(uri: "/api/render/bins.svg", method: .post, body: ByteBuffer(bytes: bytes))
            #expect(notUTF8.status == .badRequest)
            #expect(notUTF8.text.hasPrefix("documents:2:"), "\(notUTF8.text)")
            #expect(notUTF8.text.contains("not UTF-8"))
            let empty = try await client.post("/api/render/bins.svg", "# only a comment\n")
            #expect(empty.status == .badRequest)
            #expect(empty.text.hasPrefix("documents:"), "\(empty.text)")
            #expect(empty.text.contains("no documents"))
        }
    }

    @Test("an unknown kind or format is 404", arguments: ["/api/render/nope.svg", "/api/render/bins.gif", "/api/render/handout.svg",
                                                           "/api/render/compare.svg", "/api/render/bins"])
    func unknownKind(uri: String) async throws {
        try await ServeClient.test { client in
            let response = try await client.post(uri, corpus)
            #expect(response.status == .notFound)
        }
    }

    @Test("a body over the limit is 413, by its length, before it is read")
    func bodyTooLarge() async throws {
        try await ServeClient.test(ServeConfiguration(limits: ServeLimits(maximumBodyBytes: 100))) { client in
            let response = try await client.post("/api/render/bins.svg", String(repeating: "the cat sat\n", count: 20))
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("--max-body"))
            let small = try await client.post("/api/render/bins.svg", "the cat sat\n")
            #expect(small.status == .ok)
        }
    }

    @Test("a drawing past the time limit is answered 503")
    func timeLimit() async throws {
        let limits = ServeLimits(timeLimit: .milliseconds(1))
        try await ServeClient.test(ServeConfiguration(limits: limits)) { client in
            let response = try await client.post("/api/render/training.png?document=all&frame=40", corpus)
            #expect(response.status == .serviceUnavailable)
            #expect(response.text.contains("took longer than"))
        }
    }

    @Test("paths outside the served files are 404, percent-encoded or not",
          arguments: ["/../etc/passwd", "/api/../../etc/passwd", "/%2e%2e/etc/passwd", "/api/render/..%2F..%2Fetc%2Fpasswd",
                      "/assets/../../etc/passwd", "/built/../Package.swift"])
    func outside(uri: String) async throws {
        try await ServeClient.test { client in
            let get = try await client.execute(uri: uri, method: .get)
            #expect(get.status == .notFound)
            let post = try await client.post(uri, corpus)
            #expect(post.status == .notFound)
        }
    }

    @Test("POST /api/table.csv is the table `unplugged table` prints")
    func table() async throws {
        try await ServeClient.test { client in
            let response = try await client.post("/api/table.csv", "the cat sat\nthe dog sat\n")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(response.text == ",the,cat,sat,dog,<end>\nthe,0,1,0,1,0\ncat,0,0,1,0,0\nsat,0,0,0,0,2\ndog,0,0,1,0,0\n")
            let badOption = try await client.post("/api/table.csv?seed=2", "the cat sat\n")
            #expect(badOption.status == .badRequest)
        }
    }
}
