import Foundation
import Testing

@Suite("unplugged table")
struct TableCommandTests {
    static let initCSV = ",purple,blue,green,pink,white\npurple,1,3,1,3,2\nblue,1,1,4,2,2\ngreen,2,2,2,3,1\npink,4,1,1,1,3\n"

    /// Writes `text` to `name` in a new temporary folder.
    func file(_ name: String, _ text: String) throws -> (folder: URL, path: String) {
        let folder = try temporaryFolder()
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return (folder, url.path)
    }

    @Test("no INPUT: the built-in pretrained table, as init.csv")
    func builtIn() throws {
        let run = try CommandRun.unplugged(["table"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == Self.initCSV)
        #expect(run.standardError.isEmpty)
    }

    @Test("percentages, Markdown and JSON")
    func formats() throws {
        let percent = try CommandRun.unplugged(["table", "--as", "percent"])
        #expect(percent.standardOutput.split(separator: "\n")[1] == "purple,10,30,10,30,20")
        let markdown = try CommandRun.unplugged(["table", "--as", "percent", "--format", "markdown"])
        #expect(markdown.standardOutput.hasPrefix("| | purple | blue | green | pink | white |\n|---|--:|--:|--:|--:|--:|\n| purple | 10% | 30% |"))
        let json = try CommandRun.unplugged(["table", "--as", "probability", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(object?["contextLength"] as? Int == 1)
        #expect((object?["rows"] as? [[String: Any]])?.first?["probability"] as? [Double] == [0.1, 0.3, 0.1, 0.3, 0.2])
    }

    @Test("a documents file, counted with a context of two and start padding; the CSV reads back")
    func documentsFile() throws {
        let (folder, path) = try file("lesson.txt", "# two documents\r\ngreen blue pink\r\nblue green\r\n")
        let run = try CommandRun.unplugged(["table", path, "--context", "2", "--pad-start"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == """
            ,,green,blue,pink,white
            green,blue,0,0,1,0
            blue,green,0,0,0,1
            blue,pink,0,0,0,1
            white,green,0,1,0,0
            white,blue,1,0,0,0
            white,white,1,1,0,0

            """)
        let table = folder.appendingPathComponent("counts.csv")
        try Data(run.standardOutput.utf8).write(to: table)
        let again = try CommandRun.unplugged(["table", table.path])
        #expect(again.standardOutput == run.standardOutput)
    }

    @Test("prose with --tokens and --documents flags")
    func prose() throws {
        let (_, path) = try file("novel.txt", "---\ntitle: A Novel\nauthor: Someone\n---\nIt was white.\nIt was.\n\nThe end.\n")
        let run = try CommandRun.unplugged(["table", path, "--tokens", "words", "--documents", "paragraphs", "--lowercase"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix(",it,was,white,the,end,<end>\nit,0,2,0,0,0,0\n"))
    }

    @Test("bad input: error: FILE:LINE:COL: what is wrong; how to fix it, exit 1, nothing on standard output")
    func badInput() throws {
        let (folder, path) = try file("lesson.txt", "green blue\npink white purple\n")
        let run = try CommandRun.unplugged(["table", "lesson.txt"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError == "error: lesson.txt:2:6: the end token `white` is followed by more words of its document; read it as prose (documents: paragraphs, tokens: words), or name another end token with `end:`\n")
        _ = path
        let (_, table) = try file("bad.csv", ",a,b\na,1,x\n")
        let csv = try CommandRun.unplugged(["table", table])
        #expect(csv.status == 1)
        #expect(csv.standardError.hasPrefix("error: \(table):2:5: `x` is not a whole number; "))
        let missing = try CommandRun.unplugged(["table", "/nonexistent/lesson.txt"])
        #expect(missing.status == 1)
        #expect(missing.standardError.hasPrefix("error: /nonexistent/lesson.txt: cannot be opened"))
    }

    @Test("usage errors exit 64", arguments: [
        ["table", "--context", "0"],
        ["table", "--as", "fractions"],
        ["table", "--format", "xml"],
        ["table", "--tokens", "words"],
        ["table", "t.csv", "--documents", "file"],
        ["table", "--pad-start"],
        ["table", "x.txt", "--end", "two words"],
    ])
    func usageErrors(arguments: [String]) throws {
        let run = try CommandRun.unplugged(arguments)
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }
}
