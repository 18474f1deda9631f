import Foundation

/// Writes files so that a reader never sees half of one, and a set of files so that
/// a failure leaves them all as they were.
enum AtomicFile {
    /// Writes `bytes` to a temporary file in the destination's folder, then renames
    /// it over the destination: rename within one folder is atomic on POSIX systems.
    static func write(_ bytes: [UInt8], to path: String) throws {
        try writeAll([(path, bytes)])
    }

    /// Writes every file to a temporary file beside its destination first; only when
    /// all are written (the disk had room) and no destination is a folder are they
    /// renamed over their destinations. A failure before that removes the temporary
    /// files and leaves every destination as it was.
    static func writeAll(_ files: [(path: String, bytes: [UInt8])]) throws {
        var staged: [(temporary: String, path: String)] = []
        defer { for file in staged { unlink(file.temporary) } } // only those not renamed
        for (path, bytes) in files {
            let folder = (path as NSString).deletingLastPathComponent
            let name = (path as NSString).lastPathComponent
            let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).tmp"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw FileError(path: path, reason: "cannot write the file (\(reason)); check the folder is writable and the disk has room")
            }
            staged.append((temporary, path))
        }
        for file in staged {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue {
                throw FileError(path: file.path, reason: "cannot replace the file: it is a folder; move it away or choose another --out")
            }
        }
        while let file = staged.first {
            guard rename(file.temporary, file.path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw FileError(path: file.path, reason: "cannot replace the file (\(reason)); check it is not a folder and is writable")
            }
            staged.removeFirst()
        }
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
