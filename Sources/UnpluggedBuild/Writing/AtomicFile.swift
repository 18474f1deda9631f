import Foundation

/// Writes files so that a reader never sees half of one, and a set of files so that
/// a failure leaves them all as they were: each is staged (written in full under a
/// temporary name beside it), and only when all are staged are they committed
/// (renamed over their destinations).
public enum AtomicFile {
    /// Writes `bytes` to a temporary file in the destination's folder, then renames
    /// it over the destination: rename within one folder is atomic on POSIX systems,
    /// so a crash or a kill leaves the old file or the new one, never half of one.
    ///
    /// No fsync: it would guard against power loss only, and costs milliseconds a
    /// file (a lesson set is dozens of files); Foundation's atomic writing does one.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try commit([try stage(bytes, for: path)])
    }

    /// Writes a file too long to hold in memory (a long handout's PDF): `writing` is
    /// handed an open temporary file beside `path` and writes it bit by bit; only when
    /// it has written all of it is the file renamed over `path`. A failure, Ctrl-C or
    /// SIGTERM removes the temporary file, so there is never half a file, under either name.
    public static func write(to path: String, by writing: (_ descriptor: Int32) throws -> Void) throws {
        let temporary = temporaryPath(for: path)
        let interrupts = removingOnInterrupt(temporary)
        defer { interrupts.forEach { $0.cancel() } }
        try commit([try stage(for: path, by: writing)])
    }

    /// Writes a file too long to hold in memory to a temporary file beside `path`, to
    /// be renamed over it by `commit` (or removed by `discard`): `writing` is handed the
    /// open temporary file and writes it bit by bit. A failure removes it.
    public static func stage(for path: String, by writing: (_ descriptor: Int32) throws -> Void) throws -> StagedFile {
        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw FileError(path: path, reason: "cannot write the file (\(reason)); check the folder is writable and the disk has room")
        }
        do {
            try writing(descriptor)
        } catch {
            close(descriptor)
            unlink(temporary)
            if let failure = error as? WriteFailure {
                throw FileError(path: path, reason: "cannot write the file (\(failure.text)); check the disk has room")
            }
            throw error
        }
        guard close(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw FileError(path: path, reason: "cannot write the file (\(reason)); check the disk has room")
        }
        return StagedFile(temporary: temporary, path: path)
    }

    /// Until cancelled, Ctrl-C or SIGTERM removes `temporary` and ends the program as
    /// the signal would (exit 130 or 143).
    private static func removingOnInterrupt(_ temporary: String) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                unlink(temporary)
                _exit(128 + number)
            }
            source.setCancelHandler { signal(number, SIG_DFL) }
            source.resume()
            return source
        }
    }

    /// Writes `bytes` in full to a temporary file beside `path`, to be renamed over it
    /// by `commit` (or removed by `discard`); `build` and `render` do this as they draw.
    public static func stage(_ bytes: [UInt8], for path: String) throws -> StagedFile {
        let temporary = temporaryPath(for: path)
        do {
            try writeWhole(bytes, to: temporary)
        } catch {
            unlink(temporary)
            let reason = (error as? WriteFailure)?.text ?? "\(error)"
            throw FileError(path: path, reason: "cannot write the file (\(reason)); check the folder is writable and the disk has room")
        }
        return StagedFile(temporary: temporary, path: path)
    }

    /// Renames each staged file over its destination, once it is sure none of them
    /// is a folder. A failure removes the staged files not yet renamed.
    public static func commit(_ files: [StagedFile]) throws {
        var waiting = files[...]
        defer { discard(Array(waiting)) }
        for file in files {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue {
                throw FileError(path: file.path, reason: "cannot replace the file: it is a folder; move it away or choose another output folder")
            }
        }
        while let file = waiting.first {
            guard rename(file.temporary, file.path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw FileError(path: file.path, reason: "cannot replace the file (\(reason)); check it is not a folder and is writable")
            }
            waiting.removeFirst()
        }
    }

    /// Removes staged files that will not be committed.
    public static func discard(_ files: [StagedFile]) {
        for file in files { unlink(file.temporary) }
    }

    /// `.<name>.<pid>.tmp` beside `path`: hidden, and no other process's.
    private static func temporaryPath(for path: String) -> String {
        let parts = PathParts(path)
        return (parts.folder.isEmpty ? "." : parts.folder) + "/.\(parts.name).\(getpid()).tmp"
    }

    /// Why a write failed: the system's words for `errno`.
    private struct WriteFailure: Error {
        let text: String

        init() { text = String(cString: strerror(errno)) }
    }

    /// Creates `path` (replacing a leftover) and writes every byte, through short writes
    /// and interrupted calls; a full disk shows up here or at close.
    private static func writeWhole(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteFailure() }
        var failure: WriteFailure?
        do {
            try writeAll(bytes, to: descriptor)
        } catch {
            failure = error as? WriteFailure
        }
        if close(descriptor) != 0, failure == nil { failure = WriteFailure() }
        if let failure { throw failure }
    }

    /// Writes every byte to the open file `descriptor`, through short writes and
    /// interrupted calls; throws the system's words when a write fails.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        var written = 0
        var failure: WriteFailure?
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = WriteFailure()
                    return
                }
                written += result
            }
        }
        if let failure { throw failure }
    }

    /// Makes sure `path` is a folder that exists, creating it and its parents if
    /// needed. Returns the folders it created, the outermost first, so that a caller
    /// that fails can take them away again (`removeFolders`).
    @discardableResult
    public static func prepareFolder(_ path: String) throws -> [String] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw FileError(path: path, reason: "is a file, not a folder; choose another output folder")
            }
            return []
        }
        let parent = PathParts(path).folder
        var created = !parent.isEmpty && parent != path ? try prepareFolder(parent) : []
        // A folder another build made at the same moment is not counted as made here:
        // only the build that made a folder takes it away again.
        if mkdir(path, 0o777) == 0 {
            created.append(path)
        } else if errno != EEXIST {
            let reason = String(cString: strerror(errno))
            removeFolders(created)
            throw FileError(path: path, reason: "cannot create the output folder (\(reason)); choose a writable output folder")
        }
        return created
    }

    /// Removes folders `prepareFolder` made, innermost first, those still empty only.
    public static func removeFolders(_ folders: [String]) {
        for folder in folders.reversed() { rmdir(folder) }
    }
}

/// A file written in full under a temporary name beside its destination
/// (`AtomicFile.stage`), not yet renamed over it.
public struct StagedFile: Sendable {
    public let temporary: String
    public let path: String
}
