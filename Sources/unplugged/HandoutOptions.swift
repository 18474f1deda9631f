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

    func validate() throws {
        guard (1...HandoutRequest.largestCapacity).contains(capacity) else {
            throw ValidationError("--capacity must be from 1 to \(HandoutRequest.largestCapacity) balls, not \(capacity).")
        }
    }

    /// Lays out the handout `input` and `figure` ask for and writes `handout.pdf` (or
    /// `<--name>.pdf`) into the output folder, whole or not at all (or prints its pages'
    /// scenes with `--dump`).
    func write(_ input: InputOptions, _ figure: FigureOptionFlags, output: OutputOptions) throws {
        let request = HandoutRequest(input: input.input, overrides: input.overrides, contextLength: figure.contextLength,
                                     startPadding: figure.padStart, paper: paper, capacity: capacity, die: die,
                                     name: figure.name ?? "handout")
        let handout = try request.handout(measurer: PangoMeasurer())
        if output.dump {
            for (index, page) in handout.pages.enumerated() { print("# handout page \(index + 1)\n\(page.dump())") }
            return
        }
        let bytes = try CairoRenderer().pdf(handout.pages, title: handout.title)
        try AtomicFile.prepareFolder(output.folder)
        let path = (output.folder as NSString).appendingPathComponent("\(handout.name).pdf")
        try AtomicFile.write(bytes, to: path)
        print("wrote \(path) (\(handout.pages.count) pages, \(paper.rawValue))")
    }
}

extension Paper: ExpressibleByArgument {}
extension Die: ExpressibleByArgument {}
