import Hummingbird

/// The documents a request carries, read up to the server's limit.
enum RequestBody {
    /// The body's bytes.
    /// - Throws: `ServeError` (413) for a body over `limit`, said by its Content-Length
    ///   before any of it is read, or found while reading, which stops there.
    static func bytes(of request: Request, limit: Int) async throws -> [UInt8] {
        let tooLarge = ServeError(.contentTooLarge, "the documents are larger than the server takes (\(limit) bytes); send fewer documents, or start the server with a larger --max-body")
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { throw tooLarge }
        do {
            var buffer = try await request.body.collect(upTo: limit)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw tooLarge
        }
    }
}
