import Foundation
import Hummingbird

/// The files of a build's output folder, and nothing else: a path is taken only when
/// every part is a plain name (no `..`, no `.`, no hidden file, no separator smuggled
/// in percent-encoded), and a file that resolves outside the folder (a link) is not
/// served. Anything else is 404, as a file that is not there.
struct BuiltFiles {
    let folder: String

    func response(for parts: [Substring]) throws -> Response {
        let notFound = ServeError.notFound("no such file among the built figures")
        let names = parts.map { String($0).removingPercentEncoding ?? "" }
        guard !names.isEmpty, names.allSatisfy(Self.isPlainName) else { throw notFound }
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let path = URL(fileURLWithPath: ([folder] + names).joined(separator: "/")).resolvingSymlinksInPath().path
        guard path.hasPrefix(root + "/"), let data = FileManager.default.contents(atPath: path) else { throw notFound }
        return Response(status: .ok, headers: [.contentType: Self.type(of: path), .cacheControl: "no-cache"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\") && !name.contains("\0")
    }

    static func type(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "gif": "image/gif"
        case "pdf": "application/pdf"
        case "md", "txt": "text/plain; charset=utf-8"
        case "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        default: "application/octet-stream"
        }
    }
}
