import Foundation
import UnpluggedBuild

/// The files of an output folder as they are before a build writes anything: each
/// file's SHA-256, read once, when first asked for.
final class FolderSnapshot {
    let folder: String
    private var digests: [String: String?] = [:]

    init(folder: String) {
        self.folder = folder
    }

    /// The path of a file of the folder.
    func path(_ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    /// The digest of the file's bytes; nil when there is no such file.
    func digest(of name: String) -> String? {
        if let known = digests[name] { return known }
        let digest = FileManager.default.contents(atPath: path(name)).map { SHA256.hex($0) }
        digests[name] = digest
        return digest
    }
}
