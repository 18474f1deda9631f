import ArgumentParser
import Foundation
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// The options of `unplugged render handout`: the paper, the balls per bucket, the die;
/// and the writing of `handout.pdf`, all its pages from one model.
///
/// On the command line: `[--paper a4|letter] [--capacity N] [--die d6|d10|d20|d100]`,
/// with `--out DIR` (and `--dump`) from `OutputOptions`. The handout is always a PDF in
/// the light theme with symbols, whatever `--format` and `--theme` say: it is for paper.
struct HandoutOptions: ParsableArguments {
    @Option(name: .customLong("paper"), help: "handout: the paper it is printed on (default a4).")
    var chosenPaper: Paper?

    @Option(name: .customLong("capacity"),
            help: ArgumentHelp("handout: the balls in each bucket, for the kit list (default 10).", valueName: "balls"))
    var chosenCapacity: Int?

    @Option(name: .customLong("die"),
            help: "handout: the die of the dice table (default d10; d100 is two ten-sided dice read as 00–99).")
    var chosenDie: Die?

    var paper: Paper { chosenPaper ?? .a4 }
    var capacity: Int { chosenCapacity ?? 10 }
    var die: Die { chosenDie ?? .d10 }

    /// Whether any handout option was given: other kinds refuse them rather than
    /// ignore them silently.
    var isGiven: Bool { chosenPaper != nil || chosenCapacity != nil || chosenDie != nil }

    /// The most balls a bucket can be asked to hold: more is no longer a classroom kit.
    static let largestCapacity = 1000

    func validate() throws {
        guard (1...HandoutOptions.largestCapacity).contains(capacity) else {
            throw ValidationError("--capacity must be from 1 to \(HandoutOptions.largestCapacity) balls, not \(capacity).")
        }
    }

    /// The handout's title: the front matter's `title`, else the input's file name, else
    /// "Built-in lesson".
    static func title(of lesson: Lesson) -> String {
        if let title = lesson.model.metadata.title, !title.isEmpty { return title }
        switch lesson.source {
        case .builtIn: return "Built-in lesson"
        case .documents(let path), .countTable(let path): return (path as NSString).lastPathComponent
        }
    }

    /// Lays out the handout of `lesson` and writes `handout.pdf` into the output folder,
    /// whole or not at all (or prints its pages' scenes with `--dump`).
    func write(_ lesson: Lesson, output: OutputOptions) throws {
        let title = HandoutOptions.title(of: lesson)
        let pages = Handout.pages(for: lesson.model, title: title, paper: paper, capacity: capacity, die: die,
                                  measurer: PangoMeasurer())
        if output.dump {
            for (index, page) in pages.enumerated() { print("# handout page \(index + 1)\n\(page.dump())") }
            return
        }
        let bytes = try CairoRenderer().pdf(pages, title: title)
        try AtomicFile.prepareFolder(output.folder)
        let path = (output.folder as NSString).appendingPathComponent("handout.pdf")
        try AtomicFile.write(bytes, to: path)
        print("wrote \(path) (\(pages.count) pages, \(paper.rawValue))")
    }
}

extension Paper: ExpressibleByArgument {}
extension Die: ExpressibleByArgument {}
