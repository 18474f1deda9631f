import Foundation
import UnpluggedFigures
import UnpluggedModel

/// A `figures.yml` read and checked: the inputs, the output folder and every figure
/// to make, each as the `FigureRequest` that `render` would make from the same options.
///
/// Paths are resolved against the manifest's folder, so `build` can be run from
/// anywhere; error messages name them as resolved, which is where a teacher finds them.
public struct Manifest: Sendable {
    /// The manifest as it was named (`figures.yml`, `Figures/lesson/figures.yml`).
    public var file: String
    /// The heading of index.html (`title:`; "Figures" when not given).
    public var title: String
    /// The folder figures are written to, resolved against the manifest's folder.
    public var output: String
    /// The named inputs, in the order written.
    public var inputs: [Input]
    /// The figures to make, in the order written: figures.md and index.html follow it.
    public var figures: [Entry]
    /// Whether `title:` was written: only then does a deck open on a title slide.
    public var titleIsGiven = false
    /// The slide decks to write beside the figures (`decks:`), in the order written.
    public var decks: [SlideDeck.Format] = []
    /// Whether each slide shows its figure's caption as its title (`slide-captions:`).
    public var slideCaptions = true
    /// The top-level `theme` (light unless written): the colours of the decks around
    /// the figures, which each figure may still set for itself.
    public var theme: Settings.ThemeName = .light

    /// One `name: path` line of `inputs`.
    public struct Input: Hashable, Sendable {
        public var name: String
        /// The path as written, relative to the manifest.
        public var written: String
        /// The path resolved against the manifest's folder.
        public var path: String
        /// Where the path is written, `figures.yml:7:11`, to name in an error about the file.
        public var place: Place
    }

    /// One item of `figures`: what it makes, from which input, with which options.
    public struct Entry: Hashable, Sendable {
        public var kind: Kind
        /// The input's name in `inputs`, or nil for the built-in lesson.
        public var input: String?
        /// The input's path resolved against the manifest's folder; nil for the built-in lesson.
        public var inputPath: String?
        /// Every option, the manifest's top-level defaults under the entry's own.
        public var settings: Settings
        /// Where the entry starts in the manifest, to name when its figures fail.
        public var place: Place
        /// Where each option the entry uses was written: its own key, else the top-level
        /// default; an option written nowhere is named at the entry.
        public var optionPlaces: [String: Place]
        /// Everything that decides the entry's files but the input's bytes, as text:
        /// two builds with the same fingerprint and the same input bytes make the same
        /// files. Paths appear as written, so it does not depend on the working folder.
        public var fingerprint: String
        /// compare: the second input's name in `inputs` (the `with` option's) and its
        /// resolved path; nil for every other kind.
        public var comparedWith: String? = nil
        public var comparedWithPath: String? = nil

        /// What an entry makes: figures of one kind (a file per figure and format), or
        /// a handout (one PDF of many pages).
        public enum Making: Hashable, Sendable {
            case figures(FigureRequest)
            case handout(HandoutRequest)
        }

        public var making: Making {
            switch kind {
            case .figures(let kind): .figures(settings.figureRequest(kind))
            case .handout: .handout(settings.handoutRequest)
            }
        }

        /// The figures' request; nil for a handout.
        public var request: FigureRequest? {
            if case .figures(let request) = making { request } else { nil }
        }

        /// The formats written: `[.pdf]` for a handout.
        public var formats: [OutputFormat] { kind == .handout ? [.pdf] : settings.formats }

        /// PNG pixels per point (a handout has no PNG).
        public var scale: Double { kind == .handout ? 1 : settings.scale }

        /// Loads the entry's input and draws it, handing its figures to `each` as they
        /// are made (`FigureRequest.forEachFigure`); nothing is written.
        /// - Parameter marks: the marks of the whole manifest (`Manifest.lessonMarks()`),
        ///   so every figure of a build gives a word one look; nil for the input's own.
        /// - Returns: the handout, for a handout entry (which hands over no figure).
        /// - Throws: `InputError` at the input file's place, or at the manifest key of
        ///   the option that cannot be met (a prompt word the model does not know);
        ///   whatever `each` throws.
        public func draw(measurer: some TextMeasuring, marks: LessonMarks? = nil,
                         each: (Figure) throws -> Void) throws -> HandoutDocument? {
            do {
                let marked = { (lesson: Lesson) in marks.map(lesson.marked(by:)) ?? lesson }
                let lesson = marked(try kind.load(inputPath, reading: settings.reading))
                let other = try comparedWithPath.map { marked(try kind.load($0, reading: settings.reading)) }
                switch making {
                case .figures(let request):
                    try request.forEachFigure(of: lesson, comparedWith: other, measurer: measurer, each)
                    return nil
                case .handout(let request): return try request.handout(of: lesson, measurer: measurer)
                }
            } catch let error as InputError {
                throw placed(error)
            }
        }

        /// `error` with an option's name replaced by where the entry's option was written.
        public func placed(_ error: InputError) -> InputError {
            error.placingOptions { name in
                let place = optionPlaces[name] ?? self.place
                return .key(name, file: place.file, line: place.line, column: place.column)
            }
        }
    }

    /// A line and column of the manifest, as `file:line:column`.
    public struct Place: Hashable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var column: Int

        public var description: String { "\(file):\(line):\(column)" }
    }

    /// Reads a manifest from its text.
    /// - Parameters:
    ///   - text: the YAML text of the manifest.
    ///   - name: the manifest's path, used in error messages and to resolve the inputs
    ///     and the output folder (relative to its folder).
    /// - Throws: `InputError` naming `name:line:column`, what is wrong and how to fix it.
    public static func read(text: String, name: String) throws -> Manifest {
        try ManifestReader(file: name).read(text)
    }

    /// Reads the manifest file at `path`.
    /// - Throws: `InputError` when it cannot be read or is not a good manifest.
    public static func load(_ path: String) throws -> Manifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, line: nil, column: nil, problem: "cannot read the manifest",
                             fix: "check the path, or run build in the folder of figures.yml")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, line: nil, column: nil, problem: "the manifest is not UTF-8 text",
                             fix: "save it as UTF-8")
        }
        return try read(text: text, name: path)
    }

    /// `path` resolved against the folder of the manifest `file`: absolute paths stay.
    static func resolve(_ path: String, against file: String) -> String {
        if path.hasPrefix("/") { return path }
        // Cut at the last slash by hand: Foundation's deletingLastPathComponent traps
        // on one-letter names (a manifest named `f`).
        guard let slash = file.lastIndex(of: "/") else { return path }
        return String(file[...slash]) + path
    }
}
