// Fuzz target: the count-table reader on arbitrary bytes, and the table writer on
// every table that reads. A crash or a trap is a finding; an InputError is the reader
// doing its job. Run by Scripts/fuzz.
import FuzzDriver
import UnpluggedModel

@main
enum CountTableFuzzing {
    static func main() { runFuzzer(testOneInput) }

    static let testOneInput: FuzzTest = { data, size in
        let text = InputText(name: "fuzz.csv", bytes: fuzzBytes(data, size))
        _ = try? CountTableReader.read(text, endToken: "white")
        guard let model = try? CountTableReader.read(text) else { return 0 }
        // What `unplugged table` does next with a table that reads.
        for values in TableWriter.Values.allCases {
            for format in TableWriter.Format.allCases { _ = TableWriter(model: model, values: values, format: format).text() }
        }
        // The CSV the toolkit writes reads back as the same model.
        let written = TableWriter(model: model).text()
        let reread = try? CountTableReader.read(InputText(name: "written.csv", text: written),
                                                endToken: model.vocabulary.endToken)
        precondition(reread == model, "the table written does not read back as the table read:\n\(written)")
        return 0
    }
}
