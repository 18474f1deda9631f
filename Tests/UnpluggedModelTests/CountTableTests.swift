import PropertyBased
import Testing
@testable import UnpluggedModel

@Suite("Count tables: read and written")
struct CountTableTests {
    @Test("init.csv reads as the built-in model and writes back the same (plus a final newline)")
    func initCSV() throws {
        let model = try CountTableReader.read(input(ReferenceTables.initCSV, name: "init.csv"))
        #expect(model == BuiltInLesson.pretrained)
        #expect(model.contextLength == 1)
        #expect(model.vocabulary.words == ["purple", "blue", "green", "pink", "white"])
        #expect(model.count(of: "blue", after: Context(["purple"])) == 3)
        #expect(TableWriter(model: model).text() == ReferenceTables.initCSV + "\n")
        #expect(BuiltInLesson.pretrainedTable == ReferenceTables.initCSV)
    }

    @Test("context_two.csv: two empty header cells make context length 2; it round-trips exactly")
    func contextTwoCSV() throws {
        let model = try CountTableReader.read(input(ReferenceTables.contextTwoCSV, name: "context_two.csv"))
        #expect(model.contextLength == 2)
        #expect(model.binCount == 16)
        #expect(model.count(of: "purple", after: Context(["pink", "purple"])) == 6)
        #expect(model.bin(for: Context(["pink", "pink"])).row(in: model.vocabulary) == [9, 3, 1, 0, 7])
        #expect(TableWriter(model: model).text() == ReferenceTables.contextTwoCSV)
    }

    @Test("CRLF, a byte-order mark, quoted cells, spaces around cells and blank lines")
    func layoutDetails() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array(", \"a,b\" ,c\r\n\r\n\"a,b\", 1 ,2\r\nc,0,\"3\"".utf8)
        let model = try CountTableReader.read(input(bytes: bytes, name: "t.csv"))
        #expect(model.vocabulary.words == ["a,b", "c"])
        #expect(model.count(of: "c", after: Context(["a,b"])) == 2)
        #expect(model.count(of: "c", after: Context(["c"])) == 3)
        #expect(TableWriter(model: model).text() == ",\"a,b\",c\n\"a,b\",1,2\nc,0,3\n")
    }

    @Test("rows of zeros are kept; rows keep the file's order")
    func rowOrder() throws {
        let text = ",b,a,white\na,0,0,0\nb,1,2,3\n"
        let model = try CountTableReader.read(input(text, name: "t.csv"))
        #expect(model.bins.map(\.context.description) == ["a", "b"])
        #expect(model.bin(at: 0).isEmpty)
        #expect(TableWriter(model: model).text() == text)
    }

    @Test("--end picks the end token among the header's words")
    func chosenEndToken() throws {
        let model = try CountTableReader.read(input(",stop,a\na,1,2\n", name: "t.csv"), endToken: "stop")
        #expect(model.vocabulary.words == ["a", "stop"])
        #expect(model.vocabulary.endToken == "stop")
    }

    @Test("any table written reads back as the same model")
    func roundTrip() async {
        // Words a CSV writer must quote, and some it must not.
        let pool = ["a", "b", "xyz", "Z9", "a,b", "\"q\"", " pad ", "é", "日本", "x\ny", "tab\t"]
        await propertyCheck(count: 200, input: Gen.int(in: 0...10).array(of: 2...6), Gen.int(in: 1...2),
                            Gen.int(in: 0...20).array(of: 1...40)) { picks, contextLength, counts in
            var unique: [String] = []
            for word in picks.map({ pool[$0] }) where !unique.contains(word) { unique.append(word) }
            guard unique.count >= 2 else { return }
            let vocabulary = Vocabulary(words: unique, endToken: unique.last!)
            var contexts: [[String]] = vocabulary.words.map { [$0] }
            if contextLength == 2 { contexts = vocabulary.words.flatMap { first in vocabulary.words.map { [first, $0] } } }
            var next = counts.makeIterator()
            let bins = contexts.map { context in
                Bin(context: Context(context), counts: vocabulary.words.map { BallCount(word: $0, count: next.next() ?? 1) })
            }
            let model = Model(vocabulary: vocabulary, contextLength: contextLength, bins: bins)
            let written = TableWriter(model: model).text()
            let read = try #require(try? CountTableReader.read(input(written, name: "t.csv")))
            #expect(read == model)
            #expect(TableWriter(model: read).text() == written)
        }
    }

    @Test("a counted documents file writes a table that reads back as the same model")
    func countedRoundTrip() throws {
        let model = try DocumentsReader.count(input("green blue pink\npink, green!\n"), contextLength: 2, startPadding: true)
        let read = try CountTableReader.read(input(TableWriter(model: model).text(), name: "t.csv"))
        #expect(read == model)
    }
}

@Suite("Table writer formats")
struct TableWriterTests {
    @Test("percentages as every figure prints them; empty rows have no percentages")
    func percent() throws {
        let model = try CountTableReader.read(input(",a,b,c\na,1,1,1\nb,0,0,0\nc,1,0,300\n", name: "t.csv"))
        #expect(TableWriter(model: model, values: .percent).text() == ",a,b,c\na,33,33,33\nb,,,\nc,<1,0,>99\n")
        #expect(TableWriter(model: model, values: .percent, format: .markdown).text().contains("| c | <1% | 0% | >99% |"))
        #expect(TableWriter(model: model, values: .percent, format: .json).text().contains(#""percent": ["<1", 0, ">99"]"#))
        #expect(TableWriter(model: BuiltInLesson.pretrained, values: .percent).text()
                == ",purple,blue,green,pink,white\npurple,10,30,10,30,20\nblue,10,10,40,20,20\ngreen,20,20,20,30,10\npink,40,10,10,10,30\n")
    }

    @Test("probabilities: shortest decimals, 0 and 1 whole")
    func probability() throws {
        let model = try CountTableReader.read(input(",a,b,c\na,1,2,0\nb,0,4,0\n", name: "t.csv"))
        #expect(TableWriter(model: model, values: .probability).text() == ",a,b,c\na,0.3333333333333333,0.6666666666666666,0\nb,0,1,0\n")
    }

    @Test("Markdown")
    func markdown() throws {
        let model = try CountTableReader.read(input(",a|b,c\na|b,1,3\n", name: "t.csv"))
        #expect(TableWriter(model: model, values: .percent, format: .markdown).text() == """
            | | a\\|b | c |
            |---|--:|--:|
            | a\\|b | 25% | 75% |

            """)
    }

    @Test("JSON")
    func json() throws {
        let model = try CountTableReader.read(input(",\"say \"\"hi\"\"\",c\nc,1,3\n\"say \"\"hi\"\"\",0,0\n", name: "t.csv"))
        #expect(TableWriter(model: model, values: .percent, format: .json).text() == """
            {
              "contextLength": 1,
              "endToken": "c",
              "values": "percent",
              "words": ["say \\"hi\\"", "c"],
              "rows": [
                {"context": ["c"], "percent": [25, 75]},
                {"context": ["say \\"hi\\""], "percent": null}
              ]
            }

            """)
    }
}
