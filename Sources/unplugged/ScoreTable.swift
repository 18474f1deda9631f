import UnpluggedModel

/// Writes documents' scores as CSV, Markdown or JSON: a row per document, then the
/// summary.
///
/// Numbers are rounded to six significant digits and written as Swift writes a Double
/// (0.00036, 4.88359, 1.152e-05, 5.0), the same on every platform; an impossible document's
/// log2_probability and perplexity are `-inf` and `inf`, and `null` in JSON, which has
/// no infinities. The last column says why the model could not have written a document
/// ("never saw 'sleep'", "never saw 'park' after 'the'"), and is empty (null) when it
/// could. CSV ends with a row `all,WORDS,,,MEAN,POSSIBLE/DOCUMENTS,`: every
/// document's words, the mean perplexity of those the model could have written (empty
/// when there is none) and how many of the documents it could have written.
struct ScoreTable {
    let format: TableWriter.Format
    private(set) var summary = ScoreSummary()
    private(set) var text = ""

    static let columns = ["document", "words", "probability", "log2_probability", "perplexity", "possible", "why"]

    init(format: TableWriter.Format) {
        self.format = format
        switch format {
        case .csv: text = Self.columns.joined(separator: ",") + "\n"
        case .markdown: text = "| " + Self.columns.joined(separator: " | ") + " |\n|--:|--:|--:|--:|--:|:-:|:--|\n"
        case .json: text = "{\n  \"documents\": ["
        }
    }

    /// Adds the row of the `number`th document (from 1).
    mutating func add(_ score: DocumentScore, number: Int) {
        let cells = [String(number), String(score.words), Self.number(score.probability),
                     Self.number(score.log2Probability), Self.number(score.perplexity), String(score.isPossible)]
        let why = score.impossibility?.description
        switch format {
        case .csv: text += (cells + [why.map(TableWriter.csvCell) ?? ""]).joined(separator: ",") + "\n"
        case .markdown: text += "| " + (cells + [why.map(TableWriter.markdownCell) ?? ""]).joined(separator: " | ") + " |\n"
        case .json:
            let values = [String(number), String(score.words), Self.json(score.probability), Self.json(score.log2Probability),
                          Self.json(score.perplexity), String(score.isPossible), why.map(TableWriter.jsonString) ?? "null"]
            text += (summary.documents == 0 ? "\n" : ",\n") + "    {"
                + zip(Self.columns, values).map { "\"\($0)\": \($1)" }.joined(separator: ", ") + "}"
        }
        summary.add(score)
    }

    /// The whole output: the rows, then the summary.
    var finished: String {
        let mean = summary.meanPerplexity
        switch format {
        case .csv:
            return text + "all,\(summary.words),,,\(mean.map(Self.number) ?? ""),\(summary.possibleDocuments)/\(summary.documents),\n"
        case .markdown:
            // Rounded as every figure rounds: 1 of 300 is "<1%", never "0%".
            let percent = Percentages([summary.possibleDocuments, summary.documents - summary.possibleDocuments]).percents[0]
            let their = summary.possibleDocuments == 1 ? "its perplexity" : "their mean perplexity"
            let perplexity = mean.map { "; \(their) is \(Self.number($0))" } ?? ""
            return text + "\nThe model could have written \(summary.possibleDocuments) of \(English.count(summary.documents, "document"))"
                + " (\(percent.text))\(perplexity).\n"
        case .json:
            return text + (summary.documents == 0 ? "],\n" : "\n  ],\n")
                + "  \"summary\": {\"documents\": \(summary.documents), \"words\": \(summary.words), "
                + "\"possible\": \(summary.possibleDocuments), \"share\": \(summary.possibleShare.map(Self.json) ?? "null"), "
                + "\"mean_perplexity\": \(mean.map(Self.json) ?? "null")}\n}\n"
        }
    }

    private static func number(_ value: Double) -> String {
        value.rounded(significantDigits: 6).description
    }

    private static func json(_ value: Double) -> String {
        value.isFinite ? number(value) : "null"
    }
}
