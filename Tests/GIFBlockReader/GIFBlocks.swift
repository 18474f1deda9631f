/// A GIF file's blocks, read as a strict decoder walks them, for the tests of the
/// GIF writer: the screen, the loop, and each frame's control and rectangle.
public struct GIFBlocks {
    /// `GIF87a` or `GIF89a`.
    public var version: String
    /// The logical screen: the size every frame is drawn on.
    public var width: Int
    public var height: Int
    /// The global colour table's entries, `0xRRGGBB`; empty when there is none.
    public var colors: [UInt32]
    /// The NETSCAPE2.0 loop count (0: forever); nil when the file does not loop.
    public var loopCount: Int?
    /// The graphic control extensions, in order.
    public var controls: [Control]
    public var frames: [Frame]

    /// A graphic control extension: how the frame that follows it is shown.
    public struct Control: Equatable {
        /// Hundredths of a second.
        public var delay: Int
        /// 0 unspecified, 1 do not dispose, 2 background, 3 previous.
        public var disposal: Int
        public var hasTransparency: Bool

        public init(delay: Int, disposal: Int, hasTransparency: Bool) {
            self.delay = delay
            self.disposal = disposal
            self.hasTransparency = hasTransparency
        }
    }

    public struct Frame {
        public var left: Int, top: Int, width: Int, height: Int
        public var hasLocalColors: Bool
        public var minimumCodeSize: Int
        /// The image data's sub-blocks, each its length byte then its bytes, without
        /// the empty block that ends them.
        public var blocks: [UInt8]
    }

    /// Reads `bytes`; nil when they are not a whole, well-formed GIF.
    public init?(_ bytes: [UInt8]) {
        var reader = Reader(bytes: bytes)
        guard let signature = reader.take(6) else { return nil }
        version = String(decoding: signature, as: UTF8.self)
        guard version == "GIF87a" || version == "GIF89a",
              let width = reader.word(), let height = reader.word(), let packed = reader.byte(), reader.take(2) != nil else { return nil }
        (self.width, self.height) = (width, height)
        colors = []
        if packed & 0x80 != 0 {
            guard let table = reader.take(3 << (Int(packed & 7) + 1)) else { return nil }
            colors = stride(from: 0, to: table.count, by: 3).map {
                UInt32(table[$0]) << 16 | UInt32(table[$0 + 1]) << 8 | UInt32(table[$0 + 2])
            }
        }
        controls = []
        frames = []
        while true {
            guard let introducer = reader.byte() else { return nil }
            switch introducer {
            case 0x3B:
                guard reader.isAtEnd else { return nil }
                return
            case 0x21:
                guard let label = reader.byte(), let blocks = reader.subBlocks() else { return nil }
                if label == 0xF9 {
                    guard blocks.count == 1, blocks[0].count == 4 else { return nil }
                    let block = blocks[0]
                    controls.append(Control(delay: Int(block[1]) | Int(block[2]) << 8, disposal: Int(block[0] >> 2 & 7),
                                            hasTransparency: block[0] & 1 != 0))
                } else if label == 0xFF, blocks.first == Array("NETSCAPE2.0".utf8) {
                    guard blocks.count == 2, blocks[1].count == 3, blocks[1][0] == 1 else { return nil }
                    loopCount = Int(blocks[1][1]) | Int(blocks[1][2]) << 8
                }
            case 0x2C:
                guard let left = reader.word(), let top = reader.word(), let width = reader.word(), let height = reader.word(),
                      let packed = reader.byte() else { return nil }
                if packed & 0x80 != 0, reader.take(3 << (Int(packed & 7) + 1)) == nil { return nil }
                guard let codeSize = reader.byte(), let blocks = reader.subBlocks() else { return nil }
                frames.append(Frame(left: left, top: top, width: width, height: height, hasLocalColors: packed & 0x80 != 0,
                                    minimumCodeSize: Int(codeSize), blocks: blocks.flatMap { [UInt8($0.count)] + $0 }))
            default:
                return nil
            }
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var isAtEnd: Bool { position == bytes.count }

        mutating func take(_ count: Int) -> [UInt8]? {
            guard position + count <= bytes.count else { return nil }
            defer { position += count }
            return Array(bytes[position..<(position + count)])
        }

        mutating func byte() -> UInt8? { take(1)?[0] }

        mutating func word() -> Int? { take(2).map { Int($0[0]) | Int($0[1]) << 8 } }

        /// Sub-blocks up to the empty one that ends them.
        mutating func subBlocks() -> [[UInt8]]? {
            var blocks: [[UInt8]] = []
            while true {
                guard let length = byte() else { return nil }
                if length == 0 { return blocks }
                guard let block = take(Int(length)) else { return nil }
                blocks.append(block)
            }
        }
    }
}
