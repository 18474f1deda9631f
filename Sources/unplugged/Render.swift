import ArgumentParser
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// `unplugged render KIND [INPUT]`: draws one kind of figure into the output folder,
/// from a documents file, a count table, or (with no INPUT) the built-in lesson.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw one kind of lesson figure as SVG and PNG files.",
        discussion: "With no INPUT, the built-in lesson is drawn: the reference pretrained model."
    )

    @Argument(help: "The kind of figure to draw.")
    var kind: FigureKind

    @OptionGroup var input: InputOptions

    @OptionGroup var output: OutputOptions

    @OptionGroup var handout: HandoutOptions

    func run() throws {
        try reportingFailure {
            let lesson = try input.load()
            if kind == .handout { return try handout.write(lesson, output: output) }
            let vocabulary = lesson.vocabulary
            let theme = output.resolvedTheme
            let figures: [Figure] = switch kind {
            case .stickies: StickyFigure.figures(for: vocabulary, theme: theme, measurer: PangoMeasurer())
            case .handout: [] // one PDF of many pages, written above
            }
            if output.dump {
                for figure in figures { print("# \(figure.name)\n\(figure.scene.dump())") }
                return
            }
            let writer = FigureWriter(folder: output.folder, formats: output.format.formats, scale: output.scale)
            let written = try writer.write(figures)
            print("wrote \(written.count) files to \(output.folder)")
        }
    }
}

/// The kinds of figure `render` draws.
enum FigureKind: String, CaseIterable, ExpressibleByArgument {
    case stickies
    /// Printable classroom pages in one `handout.pdf` (see `HandoutOptions`).
    case handout
}
