import Hummingbird

/// The pages and the files they load, all served from memory by the server itself:
/// no script, style or font comes from the network, so the page works offline in a
/// classroom and sends the class's documents nowhere but here.
struct PageRoutes: Sendable {
    func add(to router: Router<BasicRequestContext>) {
        for (path, asset) in Self.assets {
            router.get(RouterPath(stringLiteral: path)) { _, _ in asset.response }
        }
    }

    /// What each path answers.
    static let assets: [(path: String, asset: Asset)] = [
        ("/", Asset(text: GalleryPage.html, type: "text/html; charset=utf-8")),
        ("/classroom", Asset(text: ClassroomPage.html, type: "text/html; charset=utf-8")),
        ("/assets/state.js", Asset(text: PageState.script, type: "text/javascript; charset=utf-8")),
        ("/assets/gallery.js", Asset(text: GalleryPage.script, type: "text/javascript; charset=utf-8")),
        ("/assets/classroom.js", Asset(text: ClassroomPage.script, type: "text/javascript; charset=utf-8")),
        ("/assets/page.css", Asset(text: PageStyle.css, type: "text/css; charset=utf-8")),
    ]

    /// A file of the page, with its type.
    struct Asset: Sendable {
        let bytes: [UInt8]
        let type: String

        init(text: String, type: String) {
            self.bytes = Array(text.utf8)
            self.type = type
        }

        var response: Response {
            Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                     body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}
