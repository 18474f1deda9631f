import Foundation

/// Writes files so that a reader never sees half of one.
enum AtomicFile {
    /// Writes `bytes` to a temporary file in the destination's folder, then renames
    /// it over the destination: rename within one folder is atomic on POSIX systems.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw FileError(path: path, reason: "cannot write the file (\(reason)); check the folder is writable and the disk has room")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw FileError(path: path, reason: "cannot replace the file (\(reason)); check it is not a folder and is writable")
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
