import Foundation

/// The lock a build holds on its output folder from start to end, so that two builds
/// of one folder at once (a `watch` in one terminal, a `build` in another) take turns:
/// each reads the record, draws, renames its files into place and writes the record
/// with no other build in between, and neither clears away the other's temporary
/// files as a killed build's leftovers.
///
/// It is flock(2) on `.unplugged-build.lock` in the folder, which the kernel lets go
/// when the process ends, however it ends: a killed build never leaves the folder
/// locked. While held, the file holds the holder's process id, so that a build that
/// waits can say whom for; it is emptied before the lock is let go.
///
/// The file, and the folder, are made when missing. A build that fails takes away the
/// lock file and the folders it made while it still holds the lock, so that a failed
/// first build leaves no folder behind; a build that was waiting on that file then
/// finds it is no longer the one in the folder, and starts again with a new one. No
/// one else removes the file: it is neither a figure of build's nor a teacher's file.
public struct BuildLock {
    /// The lock file's name in the output folder.
    public static let fileName = ".unplugged-build.lock"

    /// What a build does when another build holds its folder.
    public enum WhenBusy {
        /// Wait for the other build to finish; `told` hears once whom it waits for.
        case wait(told: (Holder) -> Void)
        /// Give up at once, throwing `Busy`.
        case fail
    }

    /// The build that holds a folder.
    public struct Holder: Sendable, CustomStringConvertible {
        /// The output folder, as the manifest resolves it.
        public let folder: String
        /// Its process id; nil while it has not written it yet, or for a dry run,
        /// which writes nothing.
        public let processID: Int32?

        public var description: String {
            "another build of \(folder)" + (processID.map { " (pid \($0))" } ?? "")
        }
    }

    /// Another build holds the folder, and this one was told not to wait.
    public struct Busy: Error, CustomStringConvertible {
        public let holder: Holder

        public var description: String { "\(holder) is under way; try again once it has finished" }
    }

    private let path: String
    private let descriptor: Int32
    /// Whether this lock made the lock file, and so the folders in `madeFolders`.
    private let madeFile: Bool
    private let madeFolders: [String]
    /// Whether the file holds this process's id, to be emptied when the lock is let go.
    private let wrotePID: Bool

    /// Runs `work` holding the lock on `folder`, which is made, with its parents and
    /// the lock file, when missing. When `work` throws, the lock file and folders made
    /// here are taken away before the lock is let go, leaving things as they were.
    @discardableResult
    public static func holding<Result>(_ folder: String, whenBusy: WhenBusy, _ work: () throws -> Result) throws -> Result {
        // Creating, there is always a lock.
        try take(folder, whenBusy: whenBusy, creating: true)!.whileHeld(work)
    }

    /// Runs `work` holding the lock on `folder` when the folder has a lock file, and
    /// without a lock when it has none: for a dry run, which writes nothing, not even a
    /// lock file, yet should not read a folder another build is halfway through changing.
    @discardableResult
    public static func holdingIfPresent<Result>(_ folder: String, whenBusy: WhenBusy,
                                                _ work: () throws -> Result) throws -> Result {
        guard let lock = try take(folder, whenBusy: whenBusy, creating: false) else { return try work() }
        return try lock.whileHeld(work)
    }

    private func whileHeld<Result>(_ work: () throws -> Result) throws -> Result {
        do {
            let result = try work()
            release(failed: false)
            return result
        } catch {
            release(failed: true)
            throw error
        }
    }

    /// Lets the lock go; after a failure, first takes away the lock file and the
    /// folders made for it.
    private func release(failed: Bool) {
        if failed, madeFile {
            unlink(path)
            AtomicFile.removeFolders(madeFolders)
        } else if wrotePID {
            ftruncate(descriptor, 0)
        }
        close(descriptor)
    }

    /// Opens the lock file and locks it, waiting or failing while another build holds
    /// it. Nil when not `creating` and there is no lock file.
    private static func take(_ folder: String, whenBusy: WhenBusy, creating: Bool) throws -> BuildLock? {
        let path = (folder as NSString).appendingPathComponent(fileName)
        var told = false
        while true {
            let madeFolders = creating ? try AtomicFile.prepareFolder(folder) : []
            do {
                guard let (descriptor, madeFile) = try openFile(path, creating: creating) else {
                    // Not there, or taken away between two tries by a build that failed.
                    if creating { continue }
                    return nil
                }
                if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                    guard errno == EWOULDBLOCK else { throw failure(path, closing: descriptor) }
                    let holder = Holder(folder: folder, processID: processID(in: descriptor))
                    guard case .wait(let tell) = whenBusy else {
                        close(descriptor)
                        throw Busy(holder: holder)
                    }
                    if !told { tell(holder) }
                    told = true
                    while flock(descriptor, LOCK_EX) != 0 {
                        guard errno == EINTR else { throw failure(path, closing: descriptor) }
                    }
                }
                guard isStill(descriptor, at: path) else {
                    close(descriptor)
                    continue
                }
                if creating {
                    let pid = Array("\(getpid())\n".utf8)
                    _ = ftruncate(descriptor, 0)
                    _ = pwrite(descriptor, pid, pid.count, 0)
                }
                return BuildLock(path: path, descriptor: descriptor, madeFile: madeFile, madeFolders: madeFolders,
                                 wrotePID: creating)
            } catch {
                AtomicFile.removeFolders(madeFolders)
                throw error
            }
        }
    }

    /// The lock file opened, made first when `creating` and missing, and whether this
    /// made it; nil when it is not there.
    private static func openFile(_ path: String, creating: Bool) throws -> (descriptor: Int32, made: Bool)? {
        if creating {
            let made = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if made >= 0 { return (made, true) }
            guard errno == EEXIST else { throw failure(path) }
        }
        let descriptor = open(path, (creating ? O_RDWR : O_RDONLY) | O_CLOEXEC)
        if descriptor >= 0 { return (descriptor, false) }
        // No lock file: the folder, or a folder above it, is missing or is a file. Only
        // when creating is that an error here; otherwise the writing says what is wrong.
        guard errno == ENOENT || (!creating && errno == ENOTDIR) else { throw failure(path) }
        return nil
    }

    /// Whether the open lock file is still the one in the folder: a build that failed
    /// may have taken it away while this one waited for it.
    private static func isStill(_ descriptor: Int32, at path: String) -> Bool {
        var opened = stat(), there = stat()
        return fstat(descriptor, &opened) == 0 && stat(path, &there) == 0
            && opened.st_dev == there.st_dev && opened.st_ino == there.st_ino
    }

    /// The process id the holder wrote into the lock file, if it has.
    private static func processID(in descriptor: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 16)
        let count = pread(descriptor, &bytes, bytes.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: bytes[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The error for a lock file that cannot be opened or locked, with the system's words.
    private static func failure(_ path: String, closing descriptor: Int32? = nil) -> FileError {
        let reason = String(cString: strerror(errno))
        if let descriptor { close(descriptor) }
        return FileError(path: path, reason: "cannot lock the output folder (\(reason)); check the folder is writable")
    }
}
