import Foundation

/// Writes files so that a reader never sees half of one.
enum AtomicFile {
    /// Writes `bytes` to a temporary file in the destination's folder, then renames
    /// it over the destination: rename within one folder is atomic on POSIX systems.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw FileError(path: path, reason: "could not write it (\(error.localizedDescription)); check the folder exists and is writable")
        }
    }
}

/// A file that could not be read or written, named with what to do about it.
struct FileError: Error, CustomStringConvertible {
    let path: String
    let reason: String

    var description: String { "\(path): \(reason)" }
}
