import ArgumentParser
import Dispatch
import Foundation
import Synchronization
import UnpluggedBuild

/// Set by SIGINT or SIGTERM: `watch` finishes the build under way and stops.
private let stopRequested = Atomic<Bool>(false)

/// `unplugged watch [MANIFEST]`: builds, then builds again whenever the manifest or
/// one of its inputs changes, until interrupted.
///
/// It polls sizes and modification times every 300 ms rather than asking the kernel
/// for events: portable, cheap for a handful of files, and it sees an editor's
/// save-by-rename as well as a write in place.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Build, then build again whenever the manifest or one of its inputs changes.",
        discussion: """
            A bad edit prints its error and leaves the last good figures in place; fixing it \
            builds again. It locks the output folder only while it builds, so a build run \
            beside an idle watch does not wait. Stop with Ctrl-C.
            """
    )

    @Argument(help: ArgumentHelp("The manifest: inputs, output folder and figures.", valueName: "manifest"))
    var manifest = "figures.yml"

    func run() throws {
        let signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stopRequested.store(true, ordering: .relaxed) }
            source.resume()
            return source
        }
        var watched = build() ?? FileStamps(paths: [manifest])
        say("watching \(watched.paths.joined(separator: ", ")); Ctrl-C stops")
        while !stopRequested.load(ordering: .relaxed) {
            usleep(300_000)
            let now = FileStamps(paths: watched.paths)
            let changed = now.changed(since: watched)
            guard !changed.isEmpty else { continue }
            say("changed: \(changed.joined(separator: ", "))")
            watched = build() ?? now
        }
        signals.forEach { $0.cancel() }
        say("stopped watching")
    }

    /// Builds once; returns the stamps of the manifest and its inputs as they were
    /// read, so an edit made while drawing is seen by the next poll, even when the build
    /// failed on a bad input (its error printed). Nil when the manifest itself is bad.
    private func build() -> FileStamps? {
        let manifest: Manifest
        do {
            manifest = try Manifest.load(self.manifest)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            return nil
        }
        let stamps = FileStamps(paths: [self.manifest] + manifest.inputs.map(\.path))
        do {
            say("\(try Build.build(manifest))")
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        }
        return stamps
    }
}

/// Prints a line at once: `print` is buffered when standard output is a pipe, and
/// whoever reads watch's output wants each build's line when it happens.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data("\(line)\n".utf8))
}
