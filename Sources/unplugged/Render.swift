import ArgumentParser
import Foundation
import UnpluggedBuild
import UnpluggedCairo
import UnpluggedDrawer
import UnpluggedFigures
import UnpluggedModel

/// `unplugged render KIND [INPUT] [options]`: draws one kind of figure (or the
/// handout) into the output folder, from a documents file, a count table, or (with no
/// INPUT) the built-in lesson.
///
/// Its options are `Settings.options`, the declarations a manifest reads too, and
/// `--out` and `--dump`, which only the command line has.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw one kind of lesson figure as SVG and PNG files (or the handout as a PDF).",
        usage: "unplugged render KIND [INPUT] [options]",
        discussion: """
            KIND is one of \(Kind.names.joined(separator: ", ")). INPUT is a documents file or a \
            count table (.csv); with no INPUT, the built-in lesson is drawn: the reference \
            pretrained model, and for training and overview its document "green blue purple blue pink". \
            A manifest's figure entries take the same options, under the same names.

            `unplugged render --help` lists its options.
            """
    )

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("KIND, then INPUT and the options below.", valueName: "arguments"))
    var arguments: [String] = []

    func run() throws {
        let request = try RenderArguments(arguments)
        try reportingFailure {
            let settings = request.settings
            let lesson = try request.kind.load(request.input, reading: settings.reading)
            let other = try settings.with.map { try request.kind.load($0, reading: settings.reading) }
            let measurer = PangoMeasurer()
            switch request.kind {
            case .figures(let kind):
                let figureRequest = settings.figureRequest(kind)
                if request.dump {
                    try figureRequest.forEachFigure(of: lesson, comparedWith: other, measurer: measurer) { figure in
                        print("# \(figure.name)\n\(figure.scene.dump())")
                    }
                    return
                }
                let writer = FigureWriter(folder: request.folder, formats: settings.formats, scale: settings.scale,
                                          animation: settings.animation(of: request.kind), drawer: CairoDrawer(),
                                          whenBusy: .waitSayingSo)
                let written = try writer.write { each in
                    try figureRequest.forEachFigure(of: lesson, comparedWith: other, measurer: measurer, each)
                }
                print("wrote \(English.count(written.count, "file")) to \(request.folder)")
            case .handout:
                let handout = try settings.handoutRequest.handout(of: lesson, measurer: measurer)
                if request.dump {
                    for (index, page) in handout.pages.enumerated() { print("# handout page \(index + 1)\n\(page.dump())") }
                    return
                }
                let path = (request.folder as NSString).appendingPathComponent("\(handout.name).pdf")
                try BuildLock.holdingIfPresent(request.folder, whenBusy: .waitSayingSo) {
                    let made = try AtomicFile.prepareFolder(request.folder)
                    let progress = PageProgress(pages: handout.pages.count)
                    do {
                        try AtomicFile.write(to: path) { descriptor in
                            try CairoRenderer().writePDF(handout.pages, title: handout.title, to: descriptor, drewPage: progress.show)
                        }
                    } catch {
                        progress.clear()
                        AtomicFile.removeFolders(made)
                        throw error
                    }
                    progress.clear()
                }
                print("wrote \(path) (\(English.count(handout.pages.count, "page")), \(handout.paper.rawValue))")
            }
        }
    }
}

/// What `render`'s arguments ask for: the kind, the input, every option, and where
/// the files go.
struct RenderArguments {
    var kind: Kind = .figures(.stickies)
    var input: String?
    var settings = Settings()
    /// The folder the figures are written to.
    var folder = "figures"
    /// Print each figure's scene as text instead of writing files.
    var dump = false

    /// `Settings.options`, and the options of the command line alone.
    static let declarations: [OptionDeclaration<RenderArguments>] = {
        Settings.options.map { $0.lifted(into: \.settings) } + [
            .value("out", help: "The folder the figures are written to.", valueName: "dir", defaultDescription: "figures",
                   kinds: [], \.folder) { text throws(OptionProblem) in
                guard !text.isEmpty else { throw OptionProblem("the folder is empty", fix: "name a folder, such as figures") }
                return text
            },
            .flag("dump", help: "Print each figure's scene as text (rounded coordinates) instead of writing files.",
                  kinds: [], \.dump),
        ]
    }()

    /// Reads the arguments.
    /// - Throws: `ValidationError` (exit 64) for a command line that does not parse or
    ///   an option the kind or the input cannot take.
    init(_ arguments: [String]) throws {
        let parsed = try FlagParser(command: Render.self, declarations: Self.declarations, helpShowsKinds: true)
            .parse(arguments, into: self, positionalsAtMost: 2, usage: "render takes KIND and at most one INPUT")
        self = parsed.root
        guard let kindName = parsed.positionals.first else {
            throw ValidationError("KIND is missing: give one of \(Kind.names.joined(separator: ", "))")
        }
        guard let kind = Kind(name: kindName) else {
            let fix = Suggestion.nearest(to: kindName, among: Kind.names).map { "did you mean '\($0)'?" }
                ?? "use one of: \(Kind.names.joined(separator: ", "))"
            throw ValidationError("unknown kind '\(kindName)'; \(fix)")
        }
        self.kind = kind
        input = parsed.positionals.count > 1 ? parsed.positionals[1] : nil
        try check(parsed.given, for: kind, input: input)
        do {
            try settings.checkFormats(for: kind)
        } catch let error as InputError {
            throw ValidationError(error.onCommandLine.description)
        }
        if kind == .figures(.compare), settings.with == nil {
            throw ValidationError("compare needs --with RIGHT: the second input, set beside INPUT")
        }
    }
}

/// Checks that every option given applies to `kind` and `input`.
/// - Throws: `ValidationError` naming the flag.
func check<Root>(_ given: [OptionDeclaration<Root>], for kind: Kind?, input: String?) throws {
    for option in given {
        do {
            try option.check(for: kind, input: Lesson.Source(path: input))
        } catch let error as InputError {
            throw ValidationError(error.onCommandLine.description)
        }
    }
}
