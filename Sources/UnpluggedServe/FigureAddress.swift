import Hummingbird
import UnpluggedFigures

/// The file a render request names, `bins.svg` or `handout.pdf`: which kind, in which
/// format. Anything else is not a file the server has (404), as an unknown path is.
struct FigureAddress: Hashable, Sendable {
    var kind: Kind
    var format: OutputFormat

    /// The formats a request may ask for: the ones a browser shows (`gif` is a whole
    /// sequence's, which the page plays frame by frame instead).
    static let figureFormats: [OutputFormat] = [.svg, .png, .pdf]

    /// The kinds the server draws: every one but `compare`, which reads a second input
    /// from the server's disk (a path), and a server reads no file a request names.
    static let kinds: [Kind] = Kind.allCases.filter { $0 != .figures(.compare) }

    /// Reads `KIND.FORMAT`.
    /// - Throws: `ServeError` (404) naming the kinds and formats there are.
    init(file: String) throws {
        let parts = file.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let kind = Kind(name: String(parts[0])), Self.kinds.contains(kind),
              let format = OutputFormat(rawValue: String(parts[1])) else {
            throw ServeError.notFound("no figure '\(file)': ask for KIND.svg or KIND.png (KIND one of \(Self.kinds.map(\.name).joined(separator: ", "))), or handout.pdf")
        }
        if kind == .handout, format != .pdf {
            throw ServeError.notFound("the handout is a PDF: ask for handout.pdf")
        }
        guard Self.figureFormats.contains(format) else {
            throw ServeError.notFound("no figure '\(file)': a figure is svg, png or pdf")
        }
        self.kind = kind
        self.format = format
    }

    /// The Content-Type of the answer.
    var contentType: String {
        switch format {
        case .svg: "image/svg+xml"
        case .png: "image/png"
        case .pdf: "application/pdf"
        case .gif: "image/gif"
        }
    }
}
