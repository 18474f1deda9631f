import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TestFonts
import UnpluggedServe

/// The server as the tests drive it: the application `serve` runs, tested through the
/// framework's router test mode (no socket), fonts pinned as in every drawing test.
enum ServeClient {
    /// The class corpus of Tests/Fixtures: twenty short documents.
    static let classCorpus: String = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/corpora/class.txt").standardized.path
        return try! String(contentsOfFile: path, encoding: .utf8)
    }()

    /// Runs `test` with a client of a server made with `configuration`.
    static func test<Value: Sendable>(_ configuration: ServeConfiguration = ServeConfiguration(),
                                      _ test: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        precondition(unplugged_test_fonts_configuration() != nil, "the tests' fonts are pinned before Pango is used")
        return try await buildApplication(configuration).test(.router, test)
    }
}

extension TestClientProtocol {
    /// POSTs `body` to `uri`.
    func post(_ uri: String, _ body: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var bytes: [UInt8] { Array(buffer: body) }
}
