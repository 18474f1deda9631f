import Foundation

/// The size, modification time and inode of each file `watch` watches, to notice an
/// edit: a write in place changes the first two, an editor's save-by-rename the last.
public struct FileStamps: Equatable, Sendable {
    /// The files watched, in the order given.
    public let paths: [String]
    private var stamps: [String: String]

    public init(paths: [String]) {
        self.paths = paths
        var stamps: [String: String] = [:]
        for path in paths {
            var info = stat()
            stamps[path] = stat(path, &info) == 0
                ? "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)" : "missing"
        }
        self.stamps = stamps
    }

    /// The files whose stamp differs from `earlier`, sorted.
    public func changed(since earlier: FileStamps) -> [String] {
        stamps.keys.filter { stamps[$0] != earlier.stamps[$0] }.sorted()
    }
}
