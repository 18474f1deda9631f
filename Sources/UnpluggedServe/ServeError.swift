import Hummingbird
import UnpluggedModel

/// A request the server cannot answer with what it asked for: the status and one
/// short line of plain text saying what is wrong and how to fix it, as the command
/// line says it (a page's script shows it as it is; `curl` prints it).
struct ServeError: Error, HTTPResponseError, Sendable {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// 400: the request's documents or options cannot make the figure.
    static func badRequest(_ message: String) -> ServeError { ServeError(.badRequest, message) }

    /// 404: no such file on the server.
    static func notFound(_ message: String) -> ServeError { ServeError(.notFound, message) }

    /// The answer to `error`, thrown while a request was being read or drawn: an input
    /// or option mistake is the request's (400, placed as the lower layers place it,
    /// "documents:3:7: …" or "context: …"); anything else is the server's (500).
    static func answering(_ error: any Error) -> any Error {
        switch error {
        case let error as ServeError: error
        case let error as HTTPError: ServeError(error.status, error.body ?? error.status.reasonPhrase)
        case let error as InputError: badRequest(error.description)
        default: ServeError(.internalServerError, "the server could not draw this: \(error)")
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: message.hasSuffix("\n") ? message : message + "\n")))
    }
}
