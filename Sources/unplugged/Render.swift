import ArgumentParser
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// `unplugged render KIND [INPUT]`: draws one kind of figure into the output folder.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw one kind of lesson figure as SVG and PNG files.",
        discussion: "With no INPUT, the built-in lesson is drawn: the reference pretrained model."
    )

    @Argument(help: "The kind of figure to draw.")
    var kind: FigureKind

    @Option(name: .customLong("out"), help: "The folder the figures are written to.")
    var outputFolder = "figures"

    @Option(help: "PNG pixels per point.")
    var scale = 2.0

    func validate() throws {
        guard scale > 0, scale <= 16 else {
            throw ValidationError("--scale must be more than 0 and at most 16, not \(scale).")
        }
    }

    func run() throws {
        try reportingFailure {
            let vocabulary = BuiltInLesson.vocabulary
            let figures: [Figure] = switch kind {
            case .stickies: StickyFigure.figures(for: vocabulary, measurer: PangoMeasurer())
            }
            let written = try FigureWriter(folder: outputFolder, scale: scale).write(figures)
            print("wrote \(written.count) files to \(outputFolder)")
        }
    }
}

/// The kinds of figure `render` draws.
enum FigureKind: String, CaseIterable, ExpressibleByArgument {
    case stickies
}
