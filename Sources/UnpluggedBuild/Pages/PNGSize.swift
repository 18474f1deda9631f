/// A PNG's size in pixels, read from its header (the IHDR chunk that every PNG opens
/// with), so the PowerPoint deck can place a figure at its shape without decoding it.
struct PNGSize: Hashable, Sendable {
    var width: Int
    var height: Int

    /// The signature, the IHDR chunk's length and type: the first 16 bytes of every PNG.
    private static let opening: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]

    /// The size of the PNG `bytes`; nil when they are not a PNG or it has no pixels.
    init?(of bytes: [UInt8]) {
        guard bytes.count >= 24, Array(bytes[0..<16]) == Self.opening else { return nil }
        func number(at offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        width = number(at: 16)
        height = number(at: 20)
        guard width > 0, height > 0 else { return nil }
    }
}
