import CDeflate

/// The two checksums a PNG file carries: the CRC-32 that ends every chunk, and the
/// Adler-32 of the scanlines that ends the zlib stream in IDAT (RFC 1950).
///
/// From libdeflate rather than zlib, though Cairo brings zlib along: libdeflate sums
/// with the widest vector instructions the processor has (chosen when first called),
/// while zlib's Adler-32 works through the bytes one at a time. The Adler-32 runs
/// over every scanline byte, megabytes a frame, so with zlib's it became a large
/// share of encoding.
enum Checksum {
    /// The Adler-32 of bytes summed in `adler` (1 for none) followed by `bytes`.
    static func adler32(_ adler: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        libdeflate_adler32(adler, bytes.baseAddress, bytes.count)
    }

    /// The CRC-32 of `bytes`.
    static func crc32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        libdeflate_crc32(0, bytes.baseAddress, bytes.count)
    }
}
