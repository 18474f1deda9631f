import Foundation

/// Writes files so that a reader never sees half of one.
enum AtomicFile {
    /// Writes `bytes` to a temporary file in the destination's folder, then renames
    /// it over the destination: rename within one folder is atomic on POSIX systems,
    /// so a crash or a kill leaves the old file or the new one, never half of one.
    ///
    /// No fsync: it would guard against power loss only, and costs milliseconds a
    /// file (a lesson set is dozens of files); Foundation's atomic writing does one.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).tmp"
        do {
            try writeWhole(bytes, to: temporary)
        } catch let reason as WriteFailure {
            unlink(temporary)
            throw FileError(path: path, reason: "cannot write the file (\(reason.text)); check the folder is writable and the disk has room")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw FileError(path: path, reason: "cannot replace the file (\(reason)); check it is not a folder and is writable")
        }
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
        let parent = (path as NSString).deletingLastPathComponent
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
