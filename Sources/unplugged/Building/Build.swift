import ArgumentParser
import Foundation
import UnpluggedBuild
import UnpluggedDrawer

/// `unplugged build [MANIFEST]`: makes every figure a manifest lists, writing only what
/// changed, after the teaching data changed.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Make every figure of a manifest (figures.yml), writing only the files that change.",
        discussion: """
            Entries whose input bytes and options are unchanged since the last build are not \
            drawn again. Files the last build wrote that no figure makes any more are removed; \
            files build did not write are never touched. Beside the figures it writes \
            figures.md (MyST figure directives) and index.html (a gallery). \
            On any error nothing is written and the exit status is 1.

            A build locks its output folder (.unplugged-build.lock in it) from start to end, \
            so that two builds of one folder at once (a watch and a build, say) take turns: \
            the second waits for the first and says so, or with --no-wait exits 1 naming it.
            """
    )

    @Argument(help: ArgumentHelp("The manifest: inputs, output folder and figures.", valueName: "manifest"))
    var manifest = "figures.yml"

    @Flag(help: "Draw every figure again, even those the build record shows are up to date.")
    var force = false

    @Flag(help: "Say what would be made and removed, and write nothing.")
    var dryRun = false

    @Flag(help: "When another build of the output folder is under way, exit 1 at once instead of waiting for it.")
    var noWait = false

    func run() throws {
        try reportingFailure {
            let summary = try Build.build(try Manifest.load(manifest), force: force, dryRun: dryRun, wait: !noWait)
            if dryRun { print(summary.details, terminator: "") }
            print(summary)
        }
    }

    /// Builds `manifest` as the command line does (for `build` and `watch`): drawn
    /// with Cairo, the tool's version recorded, progress shown on a terminal and wiped
    /// before anything else is printed, and a line on standard error when it waits for
    /// another build of the folder.
    static func build(_ manifest: Manifest, force: Bool = false, dryRun: Bool = false, wait: Bool = true) throws -> BuildSummary {
        let progress = BuildProgress()
        var builder = Builder(manifest: manifest, drawer: CairoDrawer(), tool: Unplugged.tool, force: force, dryRun: dryRun)
        builder.progress = { progress.show("rendering", $0, of: $1) }
        builder.whenBusy = wait ? .waitSayingSo : .fail
        defer { progress.clear() }
        return try builder.run()
    }
}

extension BuildLock.WhenBusy {
    /// Wait for the build that holds the folder, saying once on standard error whom for.
    static var waitSayingSo: Self {
        .wait(told: { holder in FileHandle.standardError.write(Data("waiting for \(holder) to finish\n".utf8)) })
    }
}
