/// Compresses PNG scanlines into the zlib stream (RFC 1950) that a PNG's IDAT holds:
/// a two-byte header, one DEFLATE block with Huffman codes made for this image
/// (RFC 1951 §3.2.7), and the Adler-32 of the scanlines.
enum ZlibStream {
    /// The order code-length code lengths are stored in, rarest last, so they can be cut short.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// Compresses the image's scanlines, made a row at a time into a window that
    /// holds the 32 KiB a match may look back over and the bytes it may reach ahead.
    static func compress(_ image: PNGScanlines) -> [UInt8] {
        let rowLength = image.rowLength
        let byteCount = image.height * rowLength
        // Room for the look-back, the look-ahead, the row being added and the byte an
        // RGB row writes past its end, and then for seven look-backs more: when the
        // window is full its last 32 KiB move to the front, and the more room there
        // is, the rarer that is (with none to spare, copying was a twentieth of the
        // work). 260 KB stay in a core's own cache.
        let capacity = 8 * LZ77.window + 2 * rowLength + LZ77.maxMatch + 1
        let window = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { window.deallocate() }
        var windowStart = 0, filled = 0, nextRow = 0
        var parse = LZ77(pixelSize: image.pixelSize, rowLength: rowLength, byteCount: byteCount)
        var adler: UInt32 = 1  // the Adler-32 of no bytes
        while parse.position < byteCount {
            // Rows until a longest match fits ahead of the parse, or the last row.
            while nextRow < image.height, filled - parse.position < LZ77.maxMatch {
                if filled - windowStart + rowLength + 1 > capacity {
                    let keep = max(windowStart, parse.position - LZ77.window)
                    window.copyMemory(from: window + (keep - windowStart), byteCount: filled - keep)
                    windowStart = keep
                }
                let row = window + (filled - windowStart)
                image.write(row: nextRow, to: row)
                adler = Checksum.adler32(adler, UnsafeRawBufferPointer(start: row, count: rowLength))
                filled += rowLength
                nextRow += 1
            }
            let end = nextRow == image.height ? byteCount : filled - LZ77.maxMatch + 1
            parse.parse(window, windowStart: windowStart, upTo: end, available: filled)
        }
        var writer = BitWriter(capacity: 2 * parse.tokens.count + 1024)
        // 32 KiB window, deflate, "fastest" level; the header's 16 bits are a multiple of 31.
        writer.write(0x78, count: 8)
        writer.write(0x01, count: 8)
        writeBlock(parse, to: &writer)
        var stream = writer.finish()
        withUnsafeBytes(of: adler.bigEndian) { stream += $0 }
        return stream
    }

    /// The whole parse as one final block: its codes, then its tokens, then end-of-block.
    private static func writeBlock(_ parse: borrowing LZ77, to writer: inout BitWriter) {
        var literalLengthCounts = parse.literalLengthCounts
        literalLengthCounts[256] = 1
        let literalLength = HuffmanCode(frequencies: literalLengthCounts, maxLength: 15)
        let distance = HuffmanCode(frequencies: parse.distanceCounts, maxLength: 15)
        writer.write(1, count: 1)  // the final block
        writer.write(2, count: 2)  // with dynamic Huffman codes
        writeCodes(literalLength, distance, to: &writer)
        // A match's code and extra bits go as one write each for its length and its
        // distance: at most 15 + 5 and 15 + 13 bits.
        let lengthExtraBits = DeflateSymbol.lengthExtraBitCounts, distanceExtraBits = DeflateSymbol.distanceExtraBitCounts
        literalLength.codes.withUnsafeBufferPointer { literalLengthCodes in
        literalLength.lengths.withUnsafeBufferPointer { literalLengthLengths in
        distance.codes.withUnsafeBufferPointer { distanceCodes in
        distance.lengths.withUnsafeBufferPointer { distanceLengths in
            for token in parse.tokens {
                let symbol = token.literalOrLengthSymbol
                let codeLength = literalLengthLengths[symbol]
                guard token.isMatch else {
                    writer.write(literalLengthCodes[symbol], count: codeLength)
                    continue
                }
                writer.write(literalLengthCodes[symbol] | token.lengthExtra << codeLength,
                             count: codeLength + lengthExtraBits[symbol - 257])
                let distanceSymbol = token.distanceSymbol
                let distanceLength = distanceLengths[distanceSymbol]
                writer.write(distanceCodes[distanceSymbol] | token.distanceExtra << distanceLength,
                             count: distanceLength + distanceExtraBits[distanceSymbol])
            }
        }
        }
        }
        }
        writer.write(literalLength.codes[256], count: literalLength.lengths[256])
    }

    /// The two codes' lengths, themselves run-length coded and Huffman coded with a
    /// third code, whose lengths come first (RFC 1951 §3.2.7).
    private static func writeCodes(_ literalLength: HuffmanCode, _ distance: HuffmanCode, to writer: inout BitWriter) {
        let literalLengthCount = max(257, (literalLength.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let distanceCount = max(1, (distance.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let runs = lengthRuns(Array(literalLength.lengths.prefix(literalLengthCount) + distance.lengths.prefix(distanceCount)))
        var runCounts = [Int](repeating: 0, count: 19)
        for run in runs { runCounts[run.symbol] += 1 }
        let runCode = HuffmanCode(frequencies: runCounts, maxLength: 7)
        let storedCount = max(4, (codeLengthOrder.lastIndex { runCode.lengths[$0] > 0 } ?? 0) + 1)
        writer.write(UInt32(literalLengthCount - 257), count: 5)
        writer.write(UInt32(distanceCount - 1), count: 5)
        writer.write(UInt32(storedCount - 4), count: 4)
        for symbol in codeLengthOrder.prefix(storedCount) { writer.write(UInt32(runCode.lengths[symbol]), count: 3) }
        for run in runs {
            writer.write(runCode.codes[run.symbol], count: runCode.lengths[run.symbol])
            writer.write(run.extra, count: run.extraBitCount)
        }
    }

    /// Code lengths as code-length symbols: 0...15 stand for themselves, 16 repeats the
    /// previous length 3–6 times, 17 and 18 stand for 3–10 and 11–138 zeros.
    private static func lengthRuns(_ lengths: [Int]) -> [(symbol: Int, extraBitCount: Int, extra: UInt32)] {
        var runs: [(symbol: Int, extraBitCount: Int, extra: UInt32)] = []
        var index = 0
        while index < lengths.count {
            let length = lengths[index]
            let same = lengths[index...].prefix { $0 == length }.count
            if length == 0, same >= 3 {
                let zeros = min(same, 138)
                runs.append(zeros <= 10 ? (17, 3, UInt32(zeros - 3)) : (18, 7, UInt32(zeros - 11)))
                index += zeros
            } else if length > 0, same >= 4 {
                let repeats = min(same - 1, 6)
                runs.append((length, 0, 0))
                runs.append((16, 2, UInt32(repeats - 3)))
                index += 1 + repeats
            } else {
                runs.append((length, 0, 0))
                index += 1
            }
        }
        return runs
    }
}
