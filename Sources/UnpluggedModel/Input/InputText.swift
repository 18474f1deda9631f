#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one input, read in pieces: a file on disk, or text held in memory
/// (the built-in lesson, tests).
///
/// Files are never loaded whole: readers ask for a range at a time, so memory stays
/// the same whatever the file's size, and several threads may read one file at once.
public struct InputText: Sendable {
    /// The name errors give the input: the path as the user typed it.
    public let name: String
    /// The number of bytes.
    public let size: Int
    private let storage: Storage

    private enum Storage: Sendable {
        case file(OpenFile)
        case memory([UInt8])
    }

    /// Text in memory, named `name` in error messages.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// Bytes in memory, named `name` in error messages.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.size = bytes.count
        self.storage = .memory(bytes)
    }

    /// Opens the file at `path` for reading.
    /// - Throws: `InputError` when it does not exist, is a folder or cannot be read.
    public init(contentsOf path: String) throws {
        let file = try OpenFile(path: path)
        self.name = path
        self.size = file.size
        self.storage = .file(file)
    }

    /// Copies up to `buffer.count` bytes starting at `offset` into `buffer`.
    /// - Returns: the number of bytes copied; fewer than asked only at the end.
    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let wanted = max(0, min(buffer.count, size - offset))
        guard wanted > 0 else { return 0 }
        switch storage {
        case .memory(let bytes):
            bytes.withUnsafeBytes { source in
                buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: wanted)
            }
            return wanted
        case .file(let file):
            var done = 0
            while done < wanted {
                let got = pread(file.descriptor, buffer.baseAddress! + done, wanted - done, off_t(offset + done))
                if got < 0 {
                    if errno == EINTR { continue }
                    throw InputError(file: name, line: nil, column: nil,
                                     problem: "could not be read (\(String(cString: strerror(errno))))",
                                     fix: "check that the file is readable")
                }
                if got == 0 { break }
                done += got
            }
            return done
        }
    }

    /// Every byte from `range`, for small pieces (front matter, error context).
    func bytes(in range: Range<Int>) throws -> [UInt8] {
        let count = max(0, min(range.upperBound, size) - range.lowerBound)
        var result = [UInt8](repeating: 0, count: count)
        let got = try result.withUnsafeMutableBytes { (buffer) in
            try read(at: range.lowerBound, into: buffer)
        }
        result.removeLast(count - got)
        return result
    }

    /// The 1-based line and column of the byte at `offset`: lines are counted by
    /// line feeds, columns by characters since the line's start (a byte-order mark
    /// is not a character of line 1).
    func lineAndColumn(ofByte offset: Int) throws -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let piece = 1 << 16
        var position = 0
        while position < offset {
            let bytes = try bytes(in: position..<min(offset, position + piece))
            if bytes.isEmpty { break }
            for (index, byte) in bytes.enumerated() where byte == 0x0A {
                line += 1
                lineStart = position + index + 1
            }
            position += bytes.count
        }
        var prefix = try bytes(in: lineStart..<min(offset, size))
        if lineStart == 0, prefix.starts(with: UTF8.byteOrderMark) { prefix.removeFirst(3) }
        return (line, String(decoding: prefix, as: UTF8.self).count + 1)
    }

    /// The problem as an `InputError` naming this input's line and column.
    func inputError(_ located: LocatedProblem) -> InputError {
        let place = try? lineAndColumn(ofByte: located.offset)
        return InputError(file: name, line: place?.line, column: place?.column,
                          problem: located.problem, fix: located.fix)
    }
}

extension UTF8 {
    /// The byte-order mark some editors put at the start of UTF-8 files.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}

/// An open file descriptor, closed when the last reader lets go of it.
private final class OpenFile: Sendable {
    let descriptor: Int32
    let size: Int

    init(path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw InputError(file: path, line: nil, column: nil, problem: "cannot be opened (\(reason))",
                             fix: "check the path and that the file is readable")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else {
            close(descriptor)
            throw InputError(file: path, line: nil, column: nil, problem: "is a folder, not a file",
                             fix: "name a documents file or a .csv count table")
        }
        self.descriptor = descriptor
        self.size = Int(status.st_size)
    }

    deinit { close(descriptor) }
}
