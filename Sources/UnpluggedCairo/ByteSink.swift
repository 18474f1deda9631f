import CCairo

/// Collects what a Cairo surface writes, so a file is only written whole, by the
/// caller, once drawing has succeeded.
final class ByteSink {
    var bytes: [UInt8] = []

    /// A Cairo write callback appending to the sink passed as its closure pointer.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }

    /// Runs `body` with the sink as an opaque pointer for Cairo's `closure` argument.
    func withClosure<Result>(_ body: (UnsafeMutableRawPointer) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(self) {
            try body(Unmanaged.passUnretained(self).toOpaque())
        }
    }
}
