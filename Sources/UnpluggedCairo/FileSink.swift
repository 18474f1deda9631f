import CCairo
import Glibc

/// Writes what a Cairo surface makes straight to an open file, so a long PDF goes to
/// disk page by page instead of being held in memory; the first failed write is kept
/// (and Cairo told), to be reported with the system's words. Each piece written is
/// also shown to `wrote`, so a caller can take the file's digest as it goes by
/// instead of reading the file back.
final class FileSink {
    private let descriptor: Int32
    private let wrote: (UnsafeRawBufferPointer) -> Void
    /// The system's words for the first write that failed, if one did.
    private(set) var failure: String?

    init(descriptor: Int32, wrote: @escaping (UnsafeRawBufferPointer) -> Void = { _ in }) {
        self.descriptor = descriptor
        self.wrote = wrote
    }

    /// A Cairo write callback writing every byte to the sink passed as its closure
    /// pointer, through short writes and interrupted calls.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<FileSink>.fromOpaque(closure).takeUnretainedValue()
        var written = 0
        while written < Int(length) {
            let result = Glibc.write(sink.descriptor, data + written, Int(length) - written)
            if result < 0 {
                if errno == EINTR { continue }
                if sink.failure == nil { sink.failure = String(cString: strerror(errno)) }
                return CAIRO_STATUS_WRITE_ERROR
            }
            written += result
        }
        sink.wrote(UnsafeRawBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }

    /// Runs `body` with the sink as an opaque pointer for Cairo's `closure` argument.
    func withClosure<Result>(_ body: (UnsafeMutableRawPointer) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(self) {
            try body(Unmanaged.passUnretained(self).toOpaque())
        }
    }
}
