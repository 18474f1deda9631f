import ArgumentParser
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// `unplugged render KIND [INPUT]`: draws one kind of figure into the output folder,
/// from a documents file, a count table, or (with no INPUT) the built-in lesson.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw one kind of lesson figure as SVG and PNG files.",
        discussion: """
            KIND is one of \(RenderKind.allCases.map { $0.rawValue }.joined(separator: ", ")). \
            With no INPUT, the built-in lesson is drawn: the reference pretrained model, \
            and for training and overview its document "green blue purple blue pink".
            """
    )

    @Argument(help: "The kind of figure to draw.")
    var kind: RenderKind

    @OptionGroup var input: InputOptions

    @OptionGroup var figure: FigureOptionFlags

    @OptionGroup var output: OutputOptions

    @OptionGroup var handout: HandoutOptions

    func validate() throws {
        if kind != .handout, handout.isGiven {
            throw ValidationError("--paper, --capacity and --die shape the handout; leave them out of render \(kind.rawValue).")
        }
        if figure.padStart, !input.isDocumentsFile {
            throw ValidationError("--pad-start counts documents; give a documents file as INPUT.")
        }
    }

    /// What to draw, from the command line's arguments.
    func request(_ kind: FigureKind) -> FigureRequest {
        var options = figure.options
        options.theme = output.resolvedTheme
        return FigureRequest(kind: kind, input: input.input, overrides: input.overrides,
                             contextLength: figure.contextLength, startPadding: figure.padStart, options: options)
    }

    func run() throws {
        try reportingFailure {
            guard let figureKind = kind.figureKind else {
                return try handout.write(input, figure, output: output)
            }
            let figures = try request(figureKind).figures(measurer: PangoMeasurer())
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

/// What `render` draws: one kind of lesson figure, or the classroom handout (one
/// PDF of many pages, see `HandoutOptions`).
enum RenderKind: String, CaseIterable, ExpressibleByArgument {
    case stickies, table, bins, training, generation, overview, graph, handout

    /// The lesson figure it names; nil for the handout.
    var figureKind: FigureKind? { FigureKind(rawValue: rawValue) }
}
