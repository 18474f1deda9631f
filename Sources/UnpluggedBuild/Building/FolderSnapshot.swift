import Foundation
import Synchronization

/// The files of an output folder as they are before a build writes anything: each
/// file's SHA-256, read once, when first asked for, from any thread.
final class FolderSnapshot: Sendable {
    let folder: String
    private let digests = Mutex<[String: String?]>([:])

    init(folder: String) {
        self.folder = folder
    }

    /// The path of a file of the folder.
    func path(_ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    /// The digest of the file's bytes, read a piece at a time (a handout's PDF may be
    /// hundreds of megabytes); nil when there is no such file.
    func digest(of name: String) -> String? {
        if let known = digests.withLock({ $0[name] }) { return known }
        let digest = SHA256.hex(ofFileAt: path(name))
        digests.withLock { $0[name] = digest }
        return digest
    }

    /// Temporary files a killed build left behind while writing one of `names`
    /// (`.<name>.<pid>.tmp`, as `AtomicFile` names them): build's own, so it may remove them.
    func leftoverTemporaryFiles(of names: Set<String>) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return entries.filter { entry in
            guard entry.hasPrefix("."), entry.hasSuffix(".tmp") else { return false }
            let middle = entry.dropFirst().dropLast(4)
            guard let dot = middle.lastIndex(of: "."), middle[middle.index(after: dot)...].allSatisfy(\.isNumber) else {
                return false
            }
            return names.contains(String(middle[..<dot]))
        }.sorted()
    }
}
