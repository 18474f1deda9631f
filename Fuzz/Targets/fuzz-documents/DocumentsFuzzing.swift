// Fuzz target: the documents reader on arbitrary bytes. A crash or a trap is a
// finding; an InputError is the reader doing its job. Run by Scripts/fuzz.
import FuzzDriver
import UnpluggedModel

@main
enum DocumentsFuzzing {
    static func main() { runFuzzer(testOneInput) }

    static let testOneInput: FuzzTest = { data, size in
        let bytes = fuzzBytes(data, size)
        let text = InputText(name: "fuzz.txt", bytes: bytes)
        // The first byte picks the reading choices, so one corpus reaches every path.
        let choice = bytes.first ?? 0
        let overrides = ReadingOverrides(
            tokens: choice & 1 == 0 ? nil : (choice & 2 == 0 ? .words : .characters),
            documents: choice & 4 == 0 ? nil : (choice & 8 == 0 ? .paragraphs : .file),
            lowercase: choice & 16 == 0 ? nil : true)
        _ = try? DocumentsReader.count(text, overrides: overrides, contextLength: Int(choice >> 6) + 1,
                                       startPadding: choice & 32 != 0, pieces: 3)
        _ = try? DocumentsReader.read(text, overrides: overrides)
        return 0
    }
}
