import Synchronization

/// The files a build has written under temporary names (`AtomicFile.stage`), by the
/// name of the file each will become, from whichever thread wrote them: a build that
/// fails removes them all, and one that succeeds renames them into place.
final class StagedFiles: Sendable {
    private let files = Mutex<[String: StagedFile]>([:])

    /// Writes `bytes` beside `path` under a temporary name, to become the file `name`.
    @discardableResult
    func stage(_ bytes: [UInt8], named name: String, at path: String) throws -> StagedFile {
        let staged = try AtomicFile.stage(bytes, for: path)
        files.withLock { $0[name] = staged }
        return staged
    }

    /// The staged file that is to become `name`, if there is one.
    subscript(name: String) -> StagedFile? {
        files.withLock { $0[name] }
    }

    /// Removes every staged file not renamed into place.
    func discardAll() {
        AtomicFile.discard(files.withLock { Array($0.values) })
    }
}
