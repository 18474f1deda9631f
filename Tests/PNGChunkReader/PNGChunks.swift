import CInflate

/// The chunks of a PNG file, read as a strict decoder reads them: the signature,
/// then length, type, data and a CRC-32 that must match, up to IEND. Both the PNG
/// encoder's tests and the renderer's read the files they check with it; zlib
/// checks them, not the code that wrote them.
public struct PNGChunks {
    public struct Chunk {
        public let type: String
        public let data: [UInt8]
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static let signature: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

    public let chunks: [Chunk]

    public init(_ png: [UInt8]) throws {
        guard png.starts(with: PNGChunks.signature) else { throw Failure(description: "no PNG signature") }
        var chunks: [Chunk] = []
        var offset = PNGChunks.signature.count
        while offset < png.count {
            guard png.count - offset >= 12 else { throw Failure(description: "truncated chunk at \(offset)") }
            let length = Int(PNGChunks.uint32(png, at: offset))
            guard png.count - offset - 12 >= length else { throw Failure(description: "chunk overruns the file at \(offset)") }
            let typeAndData = Array(png[(offset + 4)..<(offset + 8 + length)])
            let crc = typeAndData.withUnsafeBufferPointer { crc32_z(0, $0.baseAddress, $0.count) }
            guard crc == PNGChunks.uint32(png, at: offset + 8 + length) else {
                throw Failure(description: "bad CRC at \(offset)")
            }
            chunks.append(Chunk(type: String(decoding: typeAndData.prefix(4), as: UTF8.self),
                                data: Array(typeAndData.dropFirst(4))))
            offset += 12 + length
        }
        self.chunks = chunks
    }

    public var types: [String] { chunks.map(\.type) }

    /// IHDR's fields, in file order.
    public var header: (width: Int, height: Int, bitDepth: UInt8, colorType: UInt8,
                 compression: UInt8, filter: UInt8, interlace: UInt8) {
        let data = chunks.first { $0.type == "IHDR" }!.data
        return (Int(PNGChunks.uint32(data, at: 0)), Int(PNGChunks.uint32(data, at: 4)),
                data[8], data[9], data[10], data[11], data[12])
    }

    /// The scanlines: the IDAT chunks joined and inflated by zlib, which checks the
    /// stream's Adler-32; nil when zlib cannot inflate them to exactly `size` bytes.
    public func scanlines(size: Int) -> [UInt8]? {
        let compressed = chunks.filter { $0.type == "IDAT" }.flatMap(\.data)
        var inflated = [UInt8](repeating: 0, count: size + 1)
        var inflatedCount = uLongf(inflated.count)
        let status = uncompress(&inflated, &inflatedCount, compressed, uLong(compressed.count))
        guard status == Z_OK, inflatedCount == size else { return nil }
        return Array(inflated.prefix(size))
    }

    private static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
