import Dispatch
import Foundation
import Synchronization

/// Writes files so that a reader never sees half of one, and a set of files so that
/// a failure leaves them all as they were.
enum AtomicFile {
    /// Writes `bytes` to a temporary file in the destination's folder, then renames
    /// it over the destination: rename within one folder is atomic on POSIX systems,
    /// so a crash or a kill leaves the old file or the new one, never half of one.
    ///
    /// No fsync: it would guard against power loss only, and costs milliseconds a
    /// file (a lesson set is dozens of files); Foundation's atomic writing does one.
    static func write(_ bytes: [UInt8], to path: String) throws {
        try writeAll([(path, bytes)])
    }

    /// Writes every file to a temporary file beside its destination first, on every
    /// core (a lesson set is dozens of files); only when all are written (the disk had
    /// room) and no destination is a folder are they renamed over their destinations.
    /// A failure before that removes the temporary files and leaves every destination
    /// as it was.
    static func writeAll(_ files: [(path: String, bytes: [UInt8])]) throws {
        let temporaries = files.map { temporaryPath(for: $0.path) }
        var staged = Array(zip(temporaries, files.map(\.path)))
        defer { for (temporary, _) in staged { unlink(temporary) } } // only those not renamed
        let failures = Mutex<[Int: FileError]>([:])
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            do {
                try writeWhole(files[index].bytes, to: temporaries[index])
            } catch {
                let reason = (error as? WriteFailure)?.text ?? "\(error)"
                failures.withLock {
                    $0[index] = FileError(path: files[index].path, reason: "cannot write the file (\(reason)); check the folder is writable and the disk has room")
                }
            }
        }
        if let first = failures.withLock({ $0.min { $0.key < $1.key } }) { throw first.value }
        for (_, path) in staged {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw FileError(path: path, reason: "cannot replace the file: it is a folder; move it away or choose another --out")
            }
        }
        while let (temporary, path) = staged.first {
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw FileError(path: path, reason: "cannot replace the file (\(reason)); check it is not a folder and is writable")
            }
            staged.removeFirst()
        }
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
        if close(descriptor) != 0, failure == nil { failure = WriteFailure() }
        if let failure { throw failure }
    }

    /// Makes sure `path` is a folder that exists, creating it and its parents if needed.
    static func prepareFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw FileError(path: path, reason: "is a file, not a folder; choose another output folder with --out")
            }
            return
        }
        let parent = PathParts(path).folder
        if !parent.isEmpty, parent != path { try prepareFolder(parent) }
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            let reason = String(cString: strerror(errno))
            throw FileError(path: path, reason: "cannot create the output folder (\(reason)); choose a writable folder with --out")
        }
    }
}

/// A file that could not be read or written, named with what to do about it.
struct FileError: Error, CustomStringConvertible {
    let path: String
    let reason: String

    var description: String { "\(path): \(reason)" }
}
