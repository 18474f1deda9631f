import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UnpluggedFigures
import UnpluggedServe
import ZIPFoundation

/// The pages and what they load: all from the server, the controls from the option
/// declarations; the bundles built as `build` builds.
@Suite struct PageRouteTests {
    @Test("the page has the Documents text area, the Classroom link, and loads nothing from elsewhere")
    func page() async throws {
        try await ServeClient.test { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            let html = page.text
            #expect(html.contains("<label for=\"documents\">Documents</label>"))
            #expect(html.contains("<textarea id=\"documents\""))
            #expect(html.contains(">Classroom</a>"))
            let classroom = try await client.execute(uri: "/classroom", method: .get).text
            for document in [html, classroom] {
                let sources = document.components(separatedBy: "src=\"").dropFirst() + document.components(separatedBy: "href=\"").dropFirst()
                for source in sources.map({ String($0.prefix { $0 != "\"" }) }) where source != "about:blank" {
                    #expect(source.hasPrefix("/") && !source.hasPrefix("//"), "\(source) is not the server's own")
                    if source.hasPrefix("/assets/") {
                        let asset = try await client.execute(uri: source, method: .get)
                        #expect(asset.status == .ok, "\(source)")
                    }
                }
            }
        }
    }

    @Test("the classroom page has a Draw button, full screen, the looks, and names every control")
    func classroom() async throws {
        try await ServeClient.test { client in
            let html = try await client.execute(uri: "/classroom", method: .get).text
            #expect(html.contains(">Draw</button>"))
            #expect(html.contains("aria-label=\"Full screen (F)\""))
            for look in ["light", "dark", "contrast"] { #expect(html.contains("<option value=\"\(look)\"")) }
            let buttons = html.components(separatedBy: "<button").dropFirst()
            #expect(buttons.allSatisfy { $0.contains("aria-label=") })
        }
    }

    @Test("GET /api/options lists every option render and the manifest take, but those the route answers")
    func optionCatalog() async throws {
        struct Catalog: Decodable {
            struct Option: Decodable { var name: String; var kinds: [String]; var choices: [String] }
            struct KindEntry: Decodable { var name: String }
            var options: [Option]
            var kinds: [KindEntry]
            var reading: [String]
        }
        try await ServeClient.test { client in
            let response = try await client.execute(uri: "/api/options", method: .get)
            let catalog = try JSONDecoder().decode(Catalog.self, from: Data(response.bytes))
            let expected = Settings.options.map(\.name).filter { $0 != "formats" && $0 != "with" }
            #expect(catalog.options.map(\.name) == expected)
            #expect(catalog.reading == ["tokens", "documents", "lowercase", "end", "context", "pad-start"])
            #expect(catalog.options.first { $0.name == "theme" }?.choices == ["light", "dark"])
            #expect(catalog.options.first { $0.name == "prompt" }?.kinds == ["generation", "graph", "chances", "temperature"])
            #expect(!catalog.kinds.map(\.name).contains("compare"))
            let again = try await client.execute(uri: "/api/options", method: .get)
            #expect(again.bytes == response.bytes)
        }
    }

    @Test("the zip of everything holds every kind's figures, the handout and both decks; nothing is left behind")
    func everything() async throws {
        let temporary = FileManager.default.temporaryDirectory.path
        let before = try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix("unplugged-serve-bundle-") }
        try await ServeClient.test { client in
            let response = try await client.post("/api/bundle/figures.zip?seed=2&prompt=the", "the cat sat on the mat\nthe dog sat on the log\n")
            #expect(response.status == .ok, "\(response.text)")
            #expect(response.headers[.contentType] == "application/zip")
            let archive = try Archive(data: Data(response.bytes), accessMode: .read)
            let names = Set(archive.map(\.path))
            for name in ["trained-model.svg", "trained-model.png", "handout.pdf", "slides.pptx", "slides.html", "generation-demo00.svg",
                         "training-demo00.png", "sticky-cat.svg", "table.svg", "graph.svg", "chances.svg", "temperature.svg", "tokens.svg"] {
                #expect(names.contains(name), "\(name) is missing from \(names.sorted())")
            }
            let pptx = try await client.post("/api/bundle/slides.pptx", "the cat sat\n")
            #expect(pptx.status == .ok)
            #expect(pptx.bytes.starts(with: [0x50, 0x4B]))
            let bad = try await client.post("/api/bundle/figures.zip?context=0", "the cat sat\n")
            #expect(bad.status == .badRequest)
            // A mistake in the documents is named where the page's text has it, as a
            // render request names it, never by the temporary file the build read.
            let misread = try await client.post("/api/bundle/slides.pptx", "---\ntokenz: words\n---\nthe cat sat\n")
            #expect(misread.status == .badRequest)
            #expect(misread.text.hasPrefix("documents:2:"), "\(misread.text)")
            #expect(!misread.text.contains("unplugged-serve-bundle-"), "\(misread.text)")
            let unknown = try await client.post("/api/bundle/secrets.zip", "the cat sat\n")
            #expect(unknown.status == .notFound)
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix("unplugged-serve-bundle-") }
        #expect(after == before)
    }
}
