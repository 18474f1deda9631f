import Foundation
import UnpluggedModel

/// What `build` wrote into an output folder, kept there as `.unplugged-build.json`.
///
/// It is how `build` knows which files are its own (to replace or remove them, and
/// never a teacher's own file), whether an entry is up to date without drawing it (same
/// key, every file still there with the bytes written), and what figures.md and
/// index.html list without drawing anything. Written sorted and pretty, so the same
/// build gives the same record byte for byte.
public struct BuildRecord: Codable, Hashable, Sendable {
    /// The record's name in the output folder.
    public static let fileName = ".unplugged-build.json"

    /// The tool that wrote it: another version may draw differently, so nothing is reused.
    public var tool: String
    /// One per manifest entry, in the manifest's order.
    public var entries: [Entry]
    /// Every file written (output folder relative) and the SHA-256 of its bytes.
    public var files: [String: String]
    /// What slides.pptx was made of (`PowerPointDeck.key`), when the manifest asks for
    /// it: the same key and the file unchanged on disk, and it is up to date without
    /// reading every PNG again. Left out of the file when there is no such deck.
    public var powerPointKey: String?

    public init(tool: String, entries: [Entry] = [], files: [String: String] = [:]) {
        self.tool = tool
        self.entries = entries
        self.files = files
    }

    /// An entry's key and what it made.
    public struct Entry: Codable, Hashable, Sendable {
        /// SHA-256 of the tool, the entry's fingerprint and its input's bytes.
        public var key: String
        public var figures: [FigureSummary]
        /// The files: every figure in every format, in order.
        public var files: [String]

        public init(key: String, figures: [FigureSummary], files: [String]) {
            self.key = key
            self.figures = figures
            self.files = files
        }
    }

    /// Reads the record in `folder`; an empty record when there is none yet.
    /// - Throws: `InputError` when the record is there but unreadable: without it
    ///   `build` cannot tell its files from a teacher's.
    public static func load(from folder: String, tool: String) throws -> BuildRecord {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return BuildRecord(tool: tool) }
        do {
            return try JSONDecoder().decode(BuildRecord.self, from: data)
        } catch {
            throw InputError(file: path, line: nil, column: nil, problem: "the build record is damaged",
                             fix: "delete it and build again (files build wrote earlier are then kept, not removed)")
        }
    }

    /// The record as written to disk: sorted keys, one value a line, a final newline.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and arrays of strings cannot fail.
        return Array(try! encoder.encode(self)) + [0x0a]
    }
}

/// A figure's name and words, remembered so figures.md and index.html can list it
/// without drawing it again.
public struct FigureSummary: Codable, Hashable, Sendable {
    /// The file name without extension.
    public var name: String
    /// The caption: the scene's title.
    public var title: String
    /// The alt text: the scene's description.
    public var description: String

    public init(name: String, title: String, description: String) {
        self.name = name
        self.title = title
        self.description = description
    }
}
