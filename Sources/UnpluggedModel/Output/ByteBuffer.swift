/// Bytes on their way out, handed on in pieces of about a mebibyte.
struct ByteBuffer {
    private var bytes: [UInt8] = []
    private static let limit = 1 << 20

    init() {
        bytes.reserveCapacity(Self.limit + (1 << 16))
    }

    var isFull: Bool { bytes.count >= Self.limit }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ slice: ArraySlice<UInt8>) {
        bytes.append(contentsOf: slice)
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// A non-negative whole number in decimal.
    mutating func append(number: Int) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var value = number
        var count = 0
        withUnsafeMutableBytes(of: &digits) { digits in
            repeat {
                digits[19 - count] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
                count += 1
            } while value > 0
            bytes.append(contentsOf: digits[(20 - count)...])
        }
    }

    mutating func flush(into output: (UnsafeRawBufferPointer) -> Void) {
        bytes.withUnsafeBytes(output)
        bytes.removeAll(keepingCapacity: true)
    }
}
