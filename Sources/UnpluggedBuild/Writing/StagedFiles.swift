import Synchronization

/// The files `build` or `render` has written under temporary names
/// (`AtomicFile.stage`), by the name of the file each will become, from whichever
/// thread wrote them: one that fails removes them all, one that succeeds renames them
/// into place. A file is staged as soon as it is drawn, so that its bytes need not
/// be kept: a long training document's frames are gigabytes.
public final class StagedFiles: Sendable {
    private let files = Mutex<[String: StagedFile]>([:])

    public init() {}

    /// Writes `bytes` beside `path` under a temporary name, to become the file `name`.
    @discardableResult
    public func stage(_ bytes: [UInt8], named name: String, at path: String) throws -> StagedFile {
        let staged = try AtomicFile.stage(bytes, for: path)
        files.withLock { $0[name] = staged }
        return staged
    }

    /// Writes the file `name` beside `path` under a temporary name as `writing` streams
    /// it to the open file (a handout's PDF, page by page).
    @discardableResult
    public func stage(named name: String, at path: String, by writing: (_ descriptor: Int32) throws -> Void) throws
        -> StagedFile {
        let staged = try AtomicFile.stage(for: path, by: writing)
        files.withLock { $0[name] = staged }
        return staged
    }

    /// Removes the staged file `name`, if there is one: drawn again, it came out as the
    /// file already in place.
    public func discard(named name: String) {
        if let staged = files.withLock({ $0.removeValue(forKey: name) }) { AtomicFile.discard([staged]) }
    }

    /// The staged file that is to become `name`, if there is one.
    public subscript(name: String) -> StagedFile? {
        files.withLock { $0[name] }
    }

    /// Every staged file, in the order of the names.
    public var all: [StagedFile] {
        files.withLock { $0.sorted { $0.key < $1.key }.map(\.value) }
    }

    /// Removes every staged file not renamed into place.
    public func discardAll() {
        AtomicFile.discard(all)
    }
}
