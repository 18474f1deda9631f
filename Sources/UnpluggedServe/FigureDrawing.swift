import Hummingbird
import UnpluggedBuild
import UnpluggedDrawer
import UnpluggedFigures
import UnpluggedModel

/// One file drawn for a request, as `render` would write it: the figure (or the
/// handout), its alt text, and where it stands in its kind's figures.
struct DrawnFigure: Sendable {
    var bytes: [UInt8]
    /// What the figure shows, for the page's `alt`.
    var altText: String
    /// Which figure it is, from 1: a frame of a sequence, a sticky of a set.
    var number: Int
    /// Whether the kind has a figure after it (the classroom steps on while it does).
    var hasNext: Bool
}

/// Draws what a render request asks for with the command line's own pieces: the body
/// counted as `render` counts a documents file, the figure request `Settings` makes,
/// and the Cairo drawer `render` and `build` use. Nothing here lays out a figure.
enum FigureDrawing {
    /// Draws `address` from `body` with `options`, counting `body` once for all the
    /// figures drawn from it (`lessons`).
    /// - Throws: `InputError` for documents or options the figure cannot be made of;
    ///   `ServeError` (400) for a frame the kind does not have; `DeadlinePassed`.
    static func draw(_ address: FigureAddress, options: QueryOptions, body: [UInt8], lessons: LessonCache,
                     deadline: Deadline) throws -> DrawnFigure {
        let settings = options.settings
        let lesson = try lessons.lesson(of: body, reading: settings.reading, keepingDocuments: address.kind.keepsDocuments)
        let drawer = CairoDrawer()
        try deadline.check()
        switch address.kind {
        case .figures(let kind):
            let wanted = options.frame ?? 1
            var (count, chosen) = (0, Figure?.none)
            do {
                try settings.figureRequest(kind).forEachFigure(of: lesson, measurer: drawer.measurer) { figure in
                    try deadline.check()
                    count += 1
                    if count == wanted { chosen = figure }
                    // One figure past the one wanted says whether there is a next.
                    if count > wanted { throw EnoughFigures() }
                }
            } catch is EnoughFigures {}
            guard let chosen else {
                throw ServeError.badRequest("frame: \(lesson.name) makes \(English.count(count, "\(kind.rawValue) figure")); choose a frame from 1 to \(count)")
            }
            let job = RenderJob(fileName: "\(chosen.name).\(address.format.rawValue)", pages: [chosen.scene],
                                format: address.format, scale: settings.scale, title: chosen.scene.title)
            return DrawnFigure(bytes: try drawer.bytes(of: job), altText: chosen.scene.description, number: wanted,
                               hasNext: count > wanted)
        case .handout:
            let handout = try settings.handoutRequest.handout(of: lesson, measurer: drawer.measurer)
            return DrawnFigure(bytes: try drawer.bytes(of: RenderJob.job(for: handout)), altText: handout.description,
                               number: 1, hasNext: false)
        }
    }

    /// Ends a walk through a kind's figures once the one asked for (and the next) is seen.
    private struct EnoughFigures: Error {}
}
