import Foundation
import HTTPTypes
import Hummingbird
import UnpluggedFigures
import UnpluggedModel

/// The HTTP interface: thin routes that read a request, call the command line's own
/// pieces (`FigureDrawing`, `TableWriter`), and write the answer.
struct Routes: Sendable {
    let limits: ServeLimits
    let drawing: DrawingQueue
    /// Bundles, one at a time: `build` draws on every core itself.
    let bundling: DrawingQueue
    /// Figures drawn, kept to answer the same request again without drawing.
    let answers: AnswerCache
    /// Documents counted, kept for the next figure drawn from them.
    let lessons: LessonCache
    /// The name and version `build` records (`unplugged 0.2.1`).
    let tool: String

    init(limits: ServeLimits, tool: String) {
        self.limits = limits
        self.tool = tool
        self.drawing = DrawingQueue(timeLimit: limits.timeLimit)
        self.bundling = DrawingQueue(timeLimit: limits.bundleTimeLimit, concurrentDrawings: 1)
        self.answers = AnswerCache(byteLimit: limits.answerCacheBytes, lifetime: limits.cacheLifetime)
        self.lessons = LessonCache(byteLimit: limits.lessonCacheBytes, lifetime: limits.cacheLifetime)
    }

    func add(to router: Router<BasicRequestContext>) {
        router.post("/api/render/{file}") { request, context in try await render(request, context: context) }
        router.post("/api/table.csv") { request, _ in try await table(request) }
        router.get("/api/options") { _, _ in OptionCatalog.response }
        router.post("/api/bundle/{file}") { request, context in try await bundle(request, context: context) }
    }

    /// `POST /api/bundle/FILE?option=value…`: `slides.pptx`, `slides-html.zip` or
    /// `figures.zip`, built from the documents with every kind the server draws.
    func bundle(_ request: Request, context: some RequestContext) async throws -> Response {
        do {
            guard let file = context.parameters.get("file").flatMap(Bundle.File.init(rawValue:)) else {
                throw ServeError.notFound("no bundle '\(context.parameters.get("file") ?? "")': ask for \(Bundle.File.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let parameters = Self.parameters(of: request)
            let body = try await RequestBody.bytes(of: request, limit: limits.maximumBodyBytes)
            let tool = self.tool
            let bytes = try await bundling.run { _ in try Bundle.make(file, parameters: parameters, body: body, tool: tool) }
            return Response(status: .ok, headers: [.contentType: file.contentType, .cacheControl: "no-store",
                                                   .contentDisposition: "attachment; filename=\"\(file.rawValue)\""],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        } catch {
            throw ServeError.answering(error)
        }
    }

    /// `POST /api/render/KIND.FORMAT?option=value…`: the figure, its alt text in
    /// `X-Alt-Text` (percent-encoded UTF-8), which figure it is in `X-Figure`, and
    /// `X-Has-Next-Figure` true when the kind has another after it; `X-Answer-Cache`
    /// says whether it was kept from an earlier request (`hit`) or drawn (`miss`).
    func render(_ request: Request, context: some RequestContext) async throws -> Response {
        do {
            let address = try FigureAddress(file: context.parameters.get("file") ?? "")
            let parameters = Self.parameters(of: request)
            let options = try QueryOptions(parameters, for: address.kind)
            let body = try await RequestBody.bytes(of: request, limit: limits.maximumBodyBytes)
            let key = AnswerCache.key(address, parameters: parameters, body: body)
            let kept = answers.answer(for: key)
            let drawn: DrawnFigure
            if let kept {
                drawn = kept
            } else {
                let lessons = self.lessons
                drawn = try await drawing.run { deadline in
                    try FigureDrawing.draw(address, options: options, body: body, lessons: lessons, deadline: deadline)
                }
                answers.keep(drawn, for: key)
            }
            return Response(status: .ok, headers: [
                .answerCache: kept == nil ? "miss" : "hit",
                .contentType: address.contentType,
                .cacheControl: "no-store",
                .altText: Self.percentEncoded(drawn.altText),
                .figureNumber: String(drawn.number),
                .hasNextFigure: String(drawn.hasNext),
            ], body: ResponseBody(byteBuffer: ByteBuffer(bytes: drawn.bytes)))
        } catch {
            throw ServeError.answering(error)
        }
    }

    /// `POST /api/table.csv?option=value…`: the count table, as `unplugged table` prints it.
    func table(_ request: Request) async throws -> Response {
        do {
            let options = try QueryOptions(Self.parameters(of: request), for: nil)
            let body = try await RequestBody.bytes(of: request, limit: limits.maximumBodyBytes)
            let lessons = self.lessons
            let csv = try await drawing.run { _ in
                let lesson = try lessons.lesson(of: body, reading: options.settings.reading, keepingDocuments: false)
                var bytes: [UInt8] = []
                TableWriter(model: lesson.model).write { bytes.append(contentsOf: $0) }
                return bytes
            }
            return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8", .cacheControl: "no-store"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: csv)))
        } catch {
            throw ServeError.answering(error)
        }
    }

    /// The query's names and values, percent-decoded (the framework decodes values only).
    static func parameters(of request: Request) -> [(name: String, value: String)] {
        request.uri.queryParameters.map { (String($0.key).removingPercentEncoding ?? String($0.key), String($0.value)) }
    }

    /// `text` with every byte but letters, digits and `-._~` percent-encoded, as
    /// `decodeURIComponent` reads it: a header carries ASCII only.
    /// Done on the UTF-8 bytes: Foundation's `addingPercentEncoding` took a tenth of
    /// what answering a drawn figure costs besides drawing it.
    static func percentEncoded(_ text: String) -> String {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                encoded.append(byte)
            default:
                encoded += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xf)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}

extension HTTPField.Name {
    /// A figure's alt text, percent-encoded.
    static let altText = HTTPField.Name("X-Alt-Text")!
    /// Which of its kind's figures a figure is, from 1.
    static let figureNumber = HTTPField.Name("X-Figure")!
    /// Whether the kind has a figure after this one.
    static let hasNextFigure = HTTPField.Name("X-Has-Next-Figure")!
    /// Whether a figure was kept from an earlier request (`hit`) or drawn (`miss`).
    static let answerCache = HTTPField.Name("X-Answer-Cache")!
}
