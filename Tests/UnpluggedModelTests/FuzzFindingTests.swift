import Testing
@testable import UnpluggedModel

/// Inputs that `Scripts/fuzz` found to break a rule, kept as they were found and made
/// small, each beside the fix it led to.
@Suite("Fuzz findings")
struct FuzzFindingTests {
    /// Reads `bytes` as a count table, writes it as CSV, and reads that back.
    private func roundTrip(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let model = try CountTableReader.read(input(bytes: bytes, name: "t.csv"))
        let written = TableWriter(model: model).text()
        let reread = try CountTableReader.read(input(written, name: "written.csv"), endToken: model.vocabulary.endToken)
        #expect(reread == model, "written as:\n\(written)", sourceLocation: sourceLocation)
    }

    @Test("a quote followed by a combining mark in a header word is escaped, so the table reads back (fuzz-count-table)")
    func quoteWithCombiningMark() throws {
        // As found: three context cells, then a header word holding `"` + U+0308. Its
        // NUL bytes, refused since, are made x. It has no rows, so no counts, and a
        // model with nothing in it is refused since too: the escape is checked below.
        let found: [UInt8] = [
            0x2c, 0x2c, 0x2c, 0x61, 0x52, 0x00, 0x00, 0x00, 0x20, 0x20, 0x6c, 0x65,
            0x22, 0xcc, 0x88, 0x22, 0x70, 0x20, 0x20, 0x20, 0x2c, 0x30, 0x2c, 0x23,
            0x31, 0x32, 0x22, 0x2c, 0x33, 0x0d, 0x08, 0x2b, 0x6c, 0x75, 0x00, 0x62,
            0x65, 0x0a,
        ]
        let error = inputError { _ = try CountTableReader.read(input(bytes: found.map { $0 == 0 ? UInt8(ascii: "x") : $0 }, name: "t.csv")) }
        #expect(error?.problem.hasPrefix("every count of the table is 0") == true)
        try roundTrip(Array(",a\"\u{308}b,white\na\"\u{308}b,1,2\n".utf8))
    }

    @Test("a bar followed by a combining mark is escaped in a Markdown table")
    func markdownBarWithCombiningMark() throws {
        let model = try CountTableReader.read(input(",a|\u{308},white\na|\u{308},1,2\n", name: "t.csv"))
        let markdown = TableWriter(model: model, format: .markdown).text()
        #expect(markdown.contains("a\\|\u{308}"))
    }
}
