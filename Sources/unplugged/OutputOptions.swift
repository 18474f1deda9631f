import ArgumentParser
import UnpluggedBuild
import UnpluggedFigures

/// Where figures go and how they look: shared by every command that draws.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("out"), help: "The folder the figures are written to.")
    var folder = "figures"

    @Option(help: ArgumentHelp("The files to write for each figure, comma-separated.", valueName: "svg,png,pdf"))
    var format: FormatList = FormatList(formats: [.svg, .png])

    @Option(help: "PNG pixels per point.")
    var scale = 2.0

    @Option(help: "Colours for light slides and print, or for dark slide decks.")
    var theme: ThemeName = .light

    @Flag(help: "Leave the canvas transparent instead of painting the theme's background.")
    var transparent = false

    @Flag(help: "Write each word's letter or mark on its stickies and balls, for black-and-white printing.")
    var symbols = false

    @Flag(help: "Print each figure's scene as text (rounded coordinates) instead of writing files.")
    var dump = false

    func validate() throws {
        guard scale > 0, scale <= 16 else {
            throw ValidationError("--scale must be more than 0 and at most 16, not \(scale).")
        }
    }

    /// The theme asked for, transparent when `--transparent` is given.
    var resolvedTheme: Theme {
        let base: Theme = switch theme {
        case .light: .light
        case .dark: .dark
        }
        var theme = transparent ? base.transparent : base
        theme.showsSymbols = symbols
        return theme
    }
}

enum ThemeName: String, CaseIterable, ExpressibleByArgument {
    case light, dark
}

/// `--format svg,png`: one or more formats, each at most once, in a fixed order.
struct FormatList: ExpressibleByArgument {
    var formats: [OutputFormat]

    init(formats: [OutputFormat]) {
        self.formats = formats
    }

    init?(argument: String) {
        var chosen: Set<OutputFormat> = []
        for part in argument.split(separator: ",", omittingEmptySubsequences: false) {
            guard let format = OutputFormat(rawValue: part.trimmingCharacters(in: .whitespaces).lowercased()) else {
                return nil
            }
            chosen.insert(format)
        }
        formats = chosen.sorted()
    }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }
}
