import Hummingbird
import UnpluggedFigures
import UnpluggedModel

/// A request's query parameters read as a figure's options: each under its manifest
/// name, checked by its declaration (`Settings.options`), so a bad value gets the very
/// words `render` and a manifest give it.
///
/// A flag is `?shade` or `?shade=true` (false, no and off turn it off); a list is its
/// items separated by commas (`?prompt=the,cat`), as on the command line.
struct QueryOptions {
    var settings: Settings
    /// `frame=K`: the K-th figure of the kind (a frame of a sequence, a sticky), from 1.
    var frame: Int?

    /// The options the server answers for itself, or refuses: the route names the
    /// format, and a server reads no file a request names (`with`).
    static let answeredByTheRoute: Set<String> = ["formats", "with"]

    /// The most PNG pixels per point the server draws: a slide at 4 is already twice
    /// a projector's width, and a larger scale makes rasters of hundreds of megabytes.
    static let largestScale = 4.0

    /// Reads `parameters` for a figure of `kind` (nil: the table, which takes the
    /// reading options only).
    /// - Throws: `ServeError` (400) naming the option and what it accepts.
    init(_ parameters: [(name: String, value: String)], for kind: Kind?, starting settings: Settings = Settings()) throws {
        self.settings = settings
        let allowed = kind == nil ? Settings.readingOptions : Settings.options
        for (name, value) in parameters.sorted(by: { $0.name < $1.name }) {
            if name == "frame", kind != nil {
                do throws(OptionProblem) {
                    frame = try OptionText.wholeNumber(value, from: 1)
                } catch {
                    throw ServeError.badRequest("frame: \(error.problem); \(error.fix)")
                }
                continue
            }
            guard let option = allowed.first(where: { $0.answers(to: name) }),
                  !Self.answeredByTheRoute.contains(option.name) else {
                let names = allowed.map(\.name).filter { !Self.answeredByTheRoute.contains($0) }
                let fix = Suggestion.nearest(to: name, among: names).map { "did you mean '\($0)'?" }
                    ?? "use one of: \((kind == nil ? names : names + ["frame"]).joined(separator: ", "))"
                throw ServeError.badRequest("unknown option '\(name)'; \(fix)")
            }
            do {
                try option.check(for: kind, input: .documents(path: Self.bodyName))
                try option.apply(Self.given(value, shape: option.shape), to: &self.settings)
            } catch let error as InputError {
                throw ServeError.badRequest(error.description)
            }
        }
        if self.settings.scale > Self.largestScale {
            throw ServeError.badRequest("scale: the server draws at most \(Int(Self.largestScale)) pixels per point; choose a scale up to \(Int(Self.largestScale))")
        }
    }

    /// What errors call the request's body: "documents:3:7: …".
    static let bodyName = "documents"

    /// The value as a declaration reads it.
    private static func given(_ value: String, shape: OptionShape) -> GivenValue {
        switch shape {
        case .flag: value.isEmpty ? .flag(true) : .text(value)
        case .value: .text(value)
        case .list: .list(value.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
        }
    }
}
