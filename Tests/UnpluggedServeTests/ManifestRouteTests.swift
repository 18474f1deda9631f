import BuildFixtures
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UnpluggedServe

/// `serve MANIFEST`: the manifest's figures as `build` writes them, built again
/// within two seconds of an edit, and told to the page as server-sent events.
@Suite struct ManifestRouteTests {
    /// A folder with the build tests' manifest and its two inputs.
    private func project() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unplugged-manifest-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try TwoInputs.manifest.write(to: folder.appendingPathComponent("figures.yml"), atomically: true, encoding: .utf8)
        try "green blue white\n".write(to: folder.appendingPathComponent("colours.txt"), atomically: true, encoding: .utf8)
        try TwoInputs.animals("cat dog").write(to: folder.appendingPathComponent("animals.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("the built files are served from the output folder, rebuilt within two seconds of an edit, and nothing outside it")
    func buildsAndRebuilds() async throws {
        let folder = try project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = ServeConfiguration(limits: ServeLimits(eventStreamLifetime: .milliseconds(500)),
                                               manifest: folder.appendingPathComponent("figures.yml").path)
        try await ServeClient.test(configuration) { client in
            let first = try await build(after: 0, client: client)
            #expect(first.ok, "\(first.message)")
            let index = try await client.execute(uri: "/built/index.html", method: .get)
            #expect(index.status == .ok)
            #expect(index.text.contains("sticky-green.svg"))
            let sticky = try await client.execute(uri: "/built/sticky-green.svg", method: .get)
            #expect(sticky.headers[.contentType] == "image/svg+xml")
            for outside in ["/built/../figures.yml", "/built/%2e%2e/figures.yml", "/built/..%2Ffigures.yml", "/built/.unplugged-build.lock"] {
                #expect(try await client.execute(uri: outside, method: .get).status == .notFound, "\(outside)")
            }
            let events = try await client.execute(uri: "/api/manifest/events", method: .get)
            #expect(events.headers[.contentType] == "text/event-stream")
            #expect(events.text.hasPrefix("event: built\ndata: {"))

            let edited = ContinuousClock.now
            try "green pink white\n".write(to: folder.appendingPathComponent("colours.txt"), atomically: true, encoding: .utf8)
            let second = try await build(after: first.number, client: client)
            #expect(ContinuousClock.now - edited < .seconds(2))
            #expect(second.ok)
            #expect(try await client.execute(uri: "/built/sticky-pink.svg", method: .get).status == .ok)

            try "figures: [".write(to: folder.appendingPathComponent("figures.yml"), atomically: true, encoding: .utf8)
            let broken = try await build(after: second.number, client: client)
            #expect(!broken.ok)
            #expect(broken.message.hasPrefix("error: "))
            #expect(try await client.execute(uri: "/built/sticky-pink.svg", method: .get).status == .ok)
        }
    }

    @Test("a bad manifest stops serve before it listens")
    func badManifest() throws {
        #expect(throws: (any Error).self) {
            _ = try buildApplication(ServeConfiguration(manifest: "/nonexistent/figures.yml"))
        }
    }

    struct Build: Decodable { var number: Int; var ok: Bool; var message: String }
    struct Status: Decodable { var name: String; var build: Build }

    /// The first build numbered past `number`, asked for every 100 ms for up to 10 s.
    private func build(after number: Int, client: some TestClientProtocol) async throws -> Build {
        for _ in 0..<100 {
            let response = try await client.execute(uri: "/api/manifest", method: .get)
            let status = try JSONDecoder().decode(Status.self, from: Data(response.bytes))
            if status.build.number > number { return status.build }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw CancellationError()
    }
}
