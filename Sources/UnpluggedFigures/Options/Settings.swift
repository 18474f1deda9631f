import UnpluggedModel

/// Every option of a figure, a handout or its input, as one value: what `render`'s
/// command line and a manifest's figure entry both fill from the same declarations
/// (`Settings.options`). The defaults are the reference lesson's.
public struct Settings: Hashable, Sendable {
    /// How the input is read and counted.
    public var reading = InputReading()
    /// What shapes the figure; its theme is made from `theme`, `transparent` and `symbols`.
    public var figure = FigureOptions()
    public var theme: ThemeName = .light
    /// Leave the canvas transparent instead of painting the theme's background.
    public var transparent = false
    /// Write each word's symbol on its stickies and balls, for black-and-white printing.
    public var symbols = false
    /// The files written for each figure.
    public var formats: [OutputFormat] = [.svg, .png]
    /// PNG pixels per point.
    public var scale = 2.0
    /// training, generation: the seconds each frame shows in the sequence's GIF.
    public var frameTime = 1.2
    /// handout: the paper it is printed on.
    public var paper: Paper = .a4
    /// handout: the balls in each bucket, for the kit list.
    public var capacity = 10
    /// handout: the die of the dice table.
    public var die: Die = .d10
    /// handout: the most pages it may have.
    public var maximumPages = HandoutRequest.defaultMaximumPages
    /// compare: the second input, as given: a path on the command line, an input's
    /// name in a manifest (its entry keeps the path it names).
    public var with: String?

    public init() {}

    /// The themes figures are drawn in.
    public enum ThemeName: String, CaseIterable, Hashable, Sendable {
        /// Light slides and print.
        case light
        /// Dark slide decks.
        case dark
    }

    /// The figure options, with the theme these settings ask for.
    public var figureOptions: FigureOptions {
        var options = figure
        let base: Theme = theme == .light ? .light : .dark
        options.theme = transparent ? base.transparent : base
        options.theme.showsSymbols = symbols
        options.filesPerFigure = formats.count
        return options
    }

    /// The request for figures of `kind`.
    public func figureRequest(_ kind: FigureKind) -> FigureRequest {
        FigureRequest(kind: kind, options: figureOptions)
    }

    /// The request for the handout.
    public var handoutRequest: HandoutRequest {
        var request = HandoutRequest(paper: paper, capacity: capacity, die: die, name: figure.name ?? HandoutRequest.defaultName)
        request.contexts = figure.contexts
        request.top = figure.topWords
        request.maximumPages = maximumPages
        return request
    }
}
