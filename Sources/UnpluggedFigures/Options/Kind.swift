import UnpluggedModel

/// What `render KIND` and a manifest's `kind:` make: figures of one kind, or the
/// classroom handout (one PDF of many pages).
public enum Kind: Hashable, Sendable, CaseIterable {
    case figures(FigureKind)
    case handout

    public static var allCases: [Kind] { FigureKind.allCases.map(Kind.figures) + [.handout] }

    /// The name the command line and the manifest use: `bins`, `handout`.
    public var name: String {
        switch self {
        case .figures(let kind): kind.rawValue
        case .handout: "handout"
        }
    }

    /// The kind called `name`, if there is one.
    public init?(name: String) {
        if name == "handout" {
            self = .handout
        } else if let kind = FigureKind(rawValue: name) {
            self = .figures(kind)
        } else {
            return nil
        }
    }

    /// Every kind's name, for help and "use one of" lists.
    public static var names: [String] { allCases.map(\.name) }
}

extension Kind {
    /// Whether figures of this kind are drawn from the documents themselves (a training
    /// trace), so their input is loaded with its documents.
    public var needsDocuments: Bool {
        if case .figures(let kind) = self { kind.needsDocuments } else { false }
    }

    /// Whether figures of this kind are a sequence of frames (`FigureKind.isSequence`).
    public var isSequence: Bool {
        if case .figures(let kind) = self { kind.isSequence } else { false }
    }

    /// Whether figures of this kind cut a text into tokens themselves
    /// (`FigureKind.readsText`): the reading options shape them whatever the input,
    /// and their input is loaded with its documents.
    public var readsText: Bool {
        if case .figures(let kind) = self { kind.readsText } else { false }
    }

    /// Whether an input is loaded with its documents for a figure of this kind (it
    /// trains on them, or cuts a text of its own).
    public var keepsDocuments: Bool { needsDocuments || readsText }

    /// Loads the input a figure of this kind is drawn from: the one file read of a
    /// render or a manifest entry, before anything is drawn.
    /// - Parameters:
    ///   - path: a documents file or a `.csv` count table; nil for the built-in lesson.
    ///   - reading: how it is read and counted.
    /// - Throws: `InputError`.
    public func load(_ path: String?, reading: InputReading) throws -> Lesson {
        try Lesson.load(path, reading: reading, keepingDocuments: keepsDocuments)
    }

    /// Counts documents held in memory for a figure of this kind, as `load` reads a
    /// documents file (`serve`'s request bodies).
    /// - Throws: `InputError` naming `text.name` and the line.
    public func counting(_ text: InputText, reading: InputReading) throws -> Lesson {
        try Lesson.counting(text, reading: reading, keepingDocuments: keepsDocuments)
    }
}
