import Foundation
import Testing

@Suite("unplugged score")
struct ScoreCommandTests {
    /// init.csv, and three documents: the training document (36/100,000, worked out
    /// step by step in DocumentScoreTests), `blue` (blue → white, 2 of 10) and one with
    /// a word the model never saw.
    func lesson() throws -> (folder: URL, model: String, documents: String) {
        let folder = try temporaryFolder()
        let model = folder.appendingPathComponent("init.csv"), documents = folder.appendingPathComponent("documents.txt")
        try Data(TableCommandTests.initCSV.utf8).write(to: model)
        try Data("green blue purple blue pink\nblue\ngreen orange blue\n".utf8).write(to: documents)
        return (folder, model.path, documents.path)
    }

    @Test("CSV: a row per document, then the `all` row")
    func csv() throws {
        let (_, model, documents) = try lesson()
        let run = try CommandRun.unplugged(["score", model, documents])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == """
            document,words,probability,log2_probability,perplexity,possible,why
            1,5,0.00036,-11.4397,4.88359,true,
            2,1,0.2,-2.32193,5.0,true,
            3,3,0.0,-inf,inf,false,never saw 'orange'
            all,9,,,4.9418,2/3,

            """)
        #expect(run.standardError.isEmpty)
    }

    @Test("Markdown: the table, then a sentence")
    func markdown() throws {
        let (_, model, documents) = try lesson()
        let run = try CommandRun.unplugged(["score", model, documents, "--format", "markdown"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("""
            | document | words | probability | log2_probability | perplexity | possible | why |
            |--:|--:|--:|--:|--:|:-:|:--|
            | 1 | 5 | 0.00036 | -11.4397 | 4.88359 | true |  |
            """))
        #expect(run.standardOutput.hasSuffix("\n\nThe model could have written 2 of 3 documents (67%); their mean perplexity is 4.9418.\n"))
    }

    @Test("JSON parses; infinities are null")
    func json() throws {
        let (_, model, documents) = try lesson()
        let run = try CommandRun.unplugged(["score", model, documents, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let rows = try #require(object["documents"] as? [[String: Any]])
        #expect(rows.map { $0["probability"] as? Double } == [0.000_36, 0.2, 0])
        #expect(rows[2]["perplexity"] is NSNull && rows[2]["possible"] as? Bool == false)
        #expect(rows[2]["why"] as? String == "never saw 'orange'" && rows[0]["why"] is NSNull)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["possible"] as? Int == 2 && summary["documents"] as? Int == 3)
        #expect(summary["mean_perplexity"] as? Double == 4.9418)
    }

    @Test("a documents file as MODEL, counted with a context of two and start padding")
    func contextTwoPadded() throws {
        let folder = try temporaryFolder()
        let documents = folder.appendingPathComponent("documents.txt")
        try Data("green blue pink\ngreen blue green\n".utf8).write(to: documents)
        // white white → green 2/2, white green → blue 2/2, green blue → pink 1/2, blue pink → white 1/1:
        // a half over four steps, perplexity 2^(1/4).
        let run = try CommandRun.unplugged(["score", documents.path, documents.path, "--context", "2", "--pad-start"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.split(separator: "\n")[1] == "1,3,0.5,-1.0,1.18921,true,")
        // Without padding the first two words are given: green blue → pink 1/2, blue pink → white.
        let unpadded = try CommandRun.unplugged(["score", documents.path, documents.path, "--context", "2"])
        #expect(unpadded.standardOutput.split(separator: "\n")[1] == "1,3,0.5,-1.0,1.41421,true,")
    }

    @Test("bad inputs: DOCUMENTS missing (64), a count table as DOCUMENTS (1, naming it), a table at another context (1)")
    func badInputs() throws {
        let (_, model, documents) = try lesson()
        let missing = try CommandRun.unplugged(["score", model])
        #expect(missing.status == 64)
        #expect(missing.standardError.contains("DOCUMENTS is missing"))
        let table = try CommandRun.unplugged(["score", model, model])
        #expect(table.status == 1)
        #expect(table.standardError.contains("\(model): DOCUMENTS is a count table"))
        #expect(table.standardOutput.isEmpty)
        let context = try CommandRun.unplugged(["score", model, documents, "--context", "2"])
        #expect(context.status == 1)
        #expect(context.standardError.contains("not 2 words"))
        #expect(try CommandRun.unplugged(["score", model, documents, "extra"]).status == 64)
    }

    @Test("DOCUMENTS are read as MODEL's words are: a class's model scores its sentences written with capitals and full stops")
    func readAsTheModel() throws {
        let folder = try temporaryFolder()
        let model = folder.appendingPathComponent("class.txt"), documents = folder.appendingPathComponent("new.txt")
        try Data("the cat sat on the mat\nthe dog sat on the rug\n".utf8).write(to: model)
        // Written as children write: capitals and full stops, which the model's reading folds and drops.
        try Data("The cat sat on the rug.\nThe dog sat on the mat.\nThe bird sat.\n".utf8).write(to: documents)
        let run = try CommandRun.unplugged(["score", model.path, documents.path])
        #expect(run.status == 0, "\(run.standardError)")
        let rows = run.standardOutput.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.dropFirst().prefix(3).map { String($0[5]) } == ["true", "true", "false"], "\(run.standardOutput)")
        #expect(rows[3].last == "never saw 'bird'")

        // A model that keeps case (its front matter says so) reads its documents keeping
        // case too: "The" starts the model's sentences and the documents' alike.
        let cased = folder.appendingPathComponent("cased.txt"), written = folder.appendingPathComponent("written.txt")
        try Data("---\nlowercase: false\n---\nThe cat sat.\nThe dog sat.\n".utf8).write(to: cased)
        try Data("The dog sat.\nthe dog sat.\n".utf8).write(to: written)
        let casedRun = try CommandRun.unplugged(["score", cased.path, written.path, "--pad-start"])
        #expect(casedRun.status == 0, "\(casedRun.standardError)")
        let casedRows = casedRun.standardOutput.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(casedRows.dropFirst().prefix(2).map { String($0[5]) } == ["true", "false"], "\(casedRun.standardOutput)")
        #expect(casedRows[2].last == "never saw 'the'")
    }
}

