import UnpluggedModel

/// The animated GIF of a sequence (training, generation): `gif` in `formats` writes
/// one, named by the sequence's stem (`training-demo.gif` beside `training-demo00.png`,
/// ...), every frame shown `frame-time` seconds.
public struct SequenceAnimation: Hashable, Sendable {
    /// The file name without extension: the frames' name before their numbers.
    public var name: String
    /// How long each frame shows, in hundredths of a second (a GIF's unit), at least one.
    public var delay: Int

    /// The longest `frame-time`, in seconds: a minute is longer than any slide needs.
    public static let longestFrameTime = 60.0

    public init(name: String, delay: Int) {
        self.name = name
        self.delay = delay
    }

    public var fileName: String { "\(name).gif" }
}

extension Settings {
    /// The GIF these settings make of a `kind` figure: one for a sequence with `gif`
    /// in its formats, else none.
    public func animation(of kind: Kind) -> SequenceAnimation? {
        guard case .figures(let figureKind) = kind, figureKind.isSequence, formats.contains(.gif) else { return nil }
        return SequenceAnimation(name: figure.name ?? figureKind.defaultName,
                                 delay: max(1, Int((frameTime * 100).rounded())))
    }

    /// Checks that the formats suit `kind`: gif only for a sequence, and then beside a
    /// format of the frames themselves, which the slides and pages show.
    /// - Throws: `InputError` placed at `.option("formats")`.
    public func checkFormats(for kind: Kind) throws {
        guard kind != .handout else { return }
        let sequence = kind.isSequence
        if !sequence, formats.contains(.gif) {
            throw InputError(option: "formats", problem: "gif is for the sequences training and generation, not \(kind.name)",
                             fix: "leave gif out of this \(kind.name) figure's formats")
        }
        if !formats.contains(where: \.isPerFigure) {
            throw InputError(option: "formats",
                             problem: sequence ? "a GIF is written beside its frames, but no format of the frames is given"
                                               : "gif is for the sequences training and generation, and a \(kind.name) figure has no other format",
                             fix: "list svg, png or pdf too, as svg,png\(sequence ? ",gif" : "")")
        }
    }
}
