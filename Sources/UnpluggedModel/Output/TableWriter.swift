/// Writes a model as a table: one row per bin, one column per word of the vocabulary.
///
/// CSV is the count table layout that `CountTableReader` reads back: a header with one
/// empty cell per context word, then the words; each row the context words, then the
/// values. Markdown is for slides and handouts; JSON for other programs.
///
/// Rows are written one at a time into a buffer that is handed out whenever it fills,
/// so a novel's table (tens of millions of cells, mostly zeros) streams out without
/// being built in memory; runs of zero counts are copied from a template.
public struct TableWriter: Sendable {
    /// What the cells hold.
    public enum Values: String, CaseIterable, Sendable {
        /// Balls per word.
        case counts
        /// Percentages as every figure prints them (`Percentages`): whole numbers, "<1"
        /// for a word seen under half a percent.
        case percent
        /// Each count divided by its row's total.
        case probability
    }

    /// How the table is written.
    public enum Format: String, CaseIterable, Sendable {
        case csv, markdown, json
    }

    public let model: Model
    public let values: Values
    public let format: Format

    public init(model: Model, values: Values = .counts, format: Format = .csv) {
        self.model = model
        self.values = values
        self.format = format
    }

    /// Writes the table, handing out its bytes a buffer at a time.
    public func write(into output: (UnsafeRawBufferPointer) -> Void) {
        var buffer = ByteBuffer()
        writeHeader(&buffer)
        let zeros = [UInt8](repeating: 0, count: 2 * model.vocabulary.count).enumerated().map {
            $0.offset.isMultiple(of: 2) ? UInt8(ascii: ",") : UInt8(ascii: "0")
        }
        var row = [Int](repeating: 0, count: model.vocabulary.count)
        for bin in 0..<model.binCount {
            if format == .csv, values == .counts {
                writeSparseCSVCounts(bin, zeros: zeros, into: &buffer)
            } else {
                let balls = model.ballRange(ofBin: bin)
                for ball in balls { row[Int(model.ballWords[ball])] = model.ballCounts[ball] }
                writeRow(bin, counts: row, into: &buffer)
                for ball in balls { row[Int(model.ballWords[ball])] = 0 }
            }
            if buffer.isFull { buffer.flush(into: output) }
        }
        writeFooter(&buffer)
        buffer.flush(into: output)
    }

    /// The whole table as text, for small tables and tests.
    public func text() -> String {
        var bytes: [UInt8] = []
        write { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private var words: [String] { model.vocabulary.words }

    private func contextWords(ofBin bin: Int) -> [String] {
        model.contextIDs(ofBin: bin).map { words[Int($0)] }
    }

    private func writeHeader(_ buffer: inout ByteBuffer) {
        let n = model.contextLength
        switch format {
        case .csv:
            buffer.append(String(repeating: ",", count: n))
            buffer.append(words.map(Self.csvCell).joined(separator: ","))
            buffer.append("\n")
        case .markdown:
            // For people: the end token as they name it ("end"); CSV and JSON, read back by
            // programs, keep its own name (`<end>`), which the count table reader takes
            // as the end, being the last column, so a written table reads back the same.
            let shown = words.map(model.vocabulary.shownName)
            buffer.append("|" + String(repeating: " |", count: n) + shown.map { " \(Self.markdownCell($0)) |" }.joined() + "\n")
            buffer.append("|" + String(repeating: "---|", count: n) + String(repeating: "--:|", count: words.count) + "\n")
        case .json:
            buffer.append("{\n  \"contextLength\": \(n),\n  \"endToken\": \(Self.jsonString(model.vocabulary.endToken)),\n")
            buffer.append("  \"values\": \"\(values.rawValue)\",\n")
            buffer.append("  \"words\": [" + words.map(Self.jsonString).joined(separator: ", ") + "],\n")
            buffer.append("  \"rows\": [")
        }
    }

    private func writeFooter(_ buffer: inout ByteBuffer) {
        if format == .json {
            buffer.append(model.binCount == 0 ? "]\n}\n" : "\n  ]\n}\n")
        }
    }

    /// A CSV row of counts straight from the sparse bin: zeros between the balls are
    /// copied from `zeros` (",0,0,0…").
    private func writeSparseCSVCounts(_ bin: Int, zeros: [UInt8], into buffer: inout ByteBuffer) {
        buffer.append(contextWords(ofBin: bin).map(Self.csvCell).joined(separator: ","))
        var column = 0
        for ball in model.ballRange(ofBin: bin) {
            let word = Int(model.ballWords[ball])
            buffer.append(zeros[2 * column..<2 * word])
            buffer.append(byte: UInt8(ascii: ","))
            buffer.append(number: model.ballCounts[ball])
            column = word + 1
        }
        buffer.append(zeros[2 * column..<zeros.count])
        buffer.append(byte: UInt8(ascii: "\n"))
    }

    /// Any row from its dense counts.
    private func writeRow(_ bin: Int, counts: [Int], into buffer: inout ByteBuffer) {
        let total = model.ballRange(ofBin: bin).reduce(0) { $0 + model.ballCounts[$1] }
        let cells: [String] = switch values {
        case .counts: counts.map(String.init)
        case .percent: total == 0 ? Array(repeating: "", count: counts.count) : Percentages(counts).percents.map(\.number)
        case .probability: total == 0 ? Array(repeating: "", count: counts.count) : counts.map { Self.probability($0, of: total) }
        }
        let context = contextWords(ofBin: bin)
        switch format {
        case .csv:
            buffer.append((context.map(Self.csvCell) + cells).joined(separator: ","))
            buffer.append("\n")
        case .markdown:
            let shown = values == .percent && total > 0 ? cells.map { $0 + "%" } : cells
            buffer.append("|" + (context.map { Self.markdownCell(model.vocabulary.shownName(of: $0)) } + shown).map { " \($0) |" }.joined() + "\n")
        case .json:
            let key = values.rawValue
            // A percentage that is not a whole number ("<1") is a string.
            let list = total == 0 && values != .counts ? "null"
                : "[" + cells.map { values == .percent && Int($0) == nil ? Self.jsonString($0) : $0 }.joined(separator: ", ") + "]"
            buffer.append(bin == 0 ? "\n" : ",\n")
            buffer.append("    {\"context\": [" + context.map(Self.jsonString).joined(separator: ", ") + "], \"\(key)\": \(list)}")
        }
    }

    /// count / total as the shortest decimal that reads back as the same Double (Swift
    /// prints Doubles exactly so on every platform); 0 and 1 as whole numbers.
    private static func probability(_ count: Int, of total: Int) -> String {
        if count == 0 { return "0" }
        if count == total { return "1" }
        return (Double(count) / Double(total)).description
    }

    /// A CSV cell, quoted when it holds a comma, a quote, a line break or outer spaces.
    public static func csvCell(_ text: String) -> String {
        // Scalars, not Characters: "\r\n" is one Character, which contains neither alone.
        let needsQuotes = text.isEmpty || text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || text.first!.isWhitespace || text.last!.isWhitespace
        return needsQuotes ? "\"" + text.replacingAll("\"", with: "\"\"") + "\"" : text
    }

    /// A Markdown table cell: a bar or a backslash would end or escape it.
    public static func markdownCell(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("|", with: "\\|")
    }

    /// A JSON string, quoted and escaped.
    public static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension String {
    /// With every `target` replaced by `replacement`. Scalars, not Characters: a quote
    /// followed by a combining mark is one Character, and its quote must still be
    /// escaped (found by fuzzing: such a header word did not read back).
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == target { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }
}
