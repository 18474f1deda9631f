import ArgumentParser

/// The `unplugged` command: draws the figures of the "language models, unplugged" lesson.
@main
struct Unplugged: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unplugged",
        abstract: "Draw the figures of the \"language models, unplugged\" lesson from teaching data.",
        version: "0.1.0",
        subcommands: [Render.self, Table.self, Sample.self, Build.self, Watch.self]
    )
}
