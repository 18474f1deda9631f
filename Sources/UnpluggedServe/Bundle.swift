import Foundation
import UnpluggedBuild
import UnpluggedDrawer
import UnpluggedFigures
import UnpluggedModel

/// The page's downloads of many files at once — the decks and a zip of everything —
/// made by `build` itself: the documents and a manifest of every kind the server
/// draws are written to a private temporary folder, built, packed, and the folder is
/// removed before the answer is sent, so nothing of the class's is left on the server.
enum Bundle {
    /// The files a bundle request may ask for.
    enum File: String, CaseIterable, Sendable {
        /// The PowerPoint deck, one file.
        case pptx = "slides.pptx"
        /// The HTML deck with the pictures it shows.
        case htmlDeck = "slides-html.zip"
        /// Every figure, frame, handout and deck `build` writes.
        case everything = "figures.zip"

        var contentType: String {
            self == .pptx ? BuiltFiles.type(of: rawValue) : "application/zip"
        }
    }

    /// Builds `file` from `body` with the options of `parameters`, each given to the
    /// kinds it shapes.
    /// - Throws: `ServeError` (400) for an option a kind cannot take, `InputError` for
    ///   documents or options the figures cannot be made of.
    static func make(_ file: File, parameters: [(name: String, value: String)], body: [UInt8], tool: String) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unplugged-serve-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(body).write(to: folder.appendingPathComponent("documents.txt"))
        let manifestPath = folder.appendingPathComponent("figures.yml").path
        try manifest(parameters: parameters).write(toFile: manifestPath, atomically: false, encoding: .utf8)
        do {
            let manifest = try Manifest.load(manifestPath)
            _ = try Builder(manifest: manifest, drawer: CairoDrawer(), tool: tool).run()
        } catch var error as InputError {
            error.place = place(of: error.place, documents: folder.appendingPathComponent("documents.txt").path)
            throw error
        }
        let output = folder.appendingPathComponent("out")
        switch file {
        case .pptx:
            return Array(try Data(contentsOf: output.appendingPathComponent(file.rawValue)))
        case .htmlDeck:
            let deck = try String(contentsOf: output.appendingPathComponent("slides.html"), encoding: .utf8)
            let pictures = deck.components(separatedBy: "src=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
            return try zip(["slides.html"] + pictures, in: output)
        case .everything:
            let names = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { !$0.hasPrefix(".") }
            return try zip(names, in: output)
        }
    }

    /// Where a mistake is, in the request's words: the documents are the request's body
    /// (`documents`, as a render request names them) and an option of the manifest made
    /// here is a query parameter, never the temporary files they were written to.
    static func place(of place: InputError.Place, documents: String) -> InputError.Place {
        switch place {
        case let .file(path, line, column) where path == documents: .file("documents", line: line, column: column)
        case let .key(name, _, _, _): .option(name)
        default: place
        }
    }

    /// The manifest: every kind the server draws, from the documents, each with the
    /// options that shape it; values written as JSON, which YAML reads as written.
    static func manifest(parameters: [(name: String, value: String)]) throws -> String {
        var text = "output: out\nformats: [svg, png]\ndecks: [pptx, html]\ninputs:\n  lesson: documents.txt\nfigures:\n"
        for kind in FigureAddress.kinds {
            let given = parameters.filter { parameter in
                Settings.option(named: parameter.name).map { $0.kinds.contains(kind) } ?? true
            }
            // Checked as a render request is, so a mistake is answered the same way.
            _ = try QueryOptions(given, for: kind)
            text += "  - kind: \(kind.name)\n    input: lesson\n"
            for (name, value) in given.sorted(by: { $0.name < $1.name }) {
                guard let option = Settings.option(named: name) else { continue }
                text += "    \(option.name): \(try yaml(value, shape: option.shape))\n"
            }
        }
        return text
    }

    private static func yaml(_ value: String, shape: OptionShape) throws -> String {
        let json: Any = switch shape {
        case .flag: value.isEmpty || ["true", "yes", "on"].contains(value.lowercased())
        case .value: value
        case .list: value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let data = try JSONSerialization.data(withJSONObject: json, options: [.fragmentsAllowed, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// The files `names` of `folder` as one ZIP, in name order (`StoredZip`: the same
    /// figures pack to the same bytes).
    private static func zip(_ names: [String], in folder: URL) throws -> [UInt8] {
        try StoredZip.packed(Set(names).sorted().filter(BuiltFiles.isPlainName).map { name in
            (path: name, bytes: Array(try Data(contentsOf: folder.appendingPathComponent(name))))
        })
    }
}
