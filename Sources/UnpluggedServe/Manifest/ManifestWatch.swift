import Dispatch
import Foundation
import ServiceLifecycle
import Synchronization
import UnpluggedBuild
import UnpluggedDrawer

/// `serve MANIFEST`: builds the manifest as `build` does, then again whenever the
/// manifest or one of its inputs changes, as `watch` does (the same `FileStamps`,
/// polled every 300 ms), and keeps the latest build's outcome for the page.
///
/// A bad edit keeps the last good figures and says what is wrong; the page shows that
/// and its gallery stays as it was.
final class ManifestWatch: Service, Sendable {
    /// What the page is told after each build.
    struct Outcome: Sendable, Equatable, Encodable {
        /// Counts the builds, from 1; the page reloads the gallery when it changes.
        var number: Int
        /// Whether it built; false leaves the last good figures.
        var ok: Bool
        /// What `build` printed, or the error.
        var message: String
    }

    let path: String
    /// The folder `build` writes (`output:`), which `/built/` serves.
    let output: String
    private let tool: String
    private let latest = Mutex(Outcome(number: 0, ok: false, message: "building…"))

    /// Reads the manifest once, so a bad one stops `serve` before it starts.
    /// - Throws: the manifest's `InputError`.
    init(path: String, tool: String) throws {
        self.path = path
        self.tool = tool
        self.output = try Manifest.load(path).output
    }

    var outcome: Outcome { latest.withLock { $0 } }

    func run() async throws {
        // Polls until the server shuts down; a cancelled sleep ends the loop.
        try? await cancelWhenGracefulShutdown {
            var watched = await self.build()
            while !Task.isCancelled {
                try await Task.sleep(for: .milliseconds(300))
                let now = FileStamps(paths: watched.paths)
                if !now.changed(since: watched).isEmpty { watched = await self.build() }
            }
        }
    }

    /// Builds once off the cooperative threads (drawing blocks); returns the stamps of
    /// the manifest and its inputs as they were read.
    private func build() async -> FileStamps {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var stamps = FileStamps(paths: [self.path])
                let outcome: (Bool, String)
                do {
                    let manifest = try Manifest.load(self.path)
                    stamps = FileStamps(paths: [self.path] + manifest.inputs.map(\.path))
                    let summary = try Builder(manifest: manifest, drawer: CairoDrawer(), tool: self.tool).run()
                    outcome = (true, "\(summary)")
                } catch {
                    outcome = (false, "error: \(error)")
                }
                self.latest.withLock { $0 = Outcome(number: $0.number + 1, ok: outcome.0, message: outcome.1) }
                continuation.resume(returning: stamps)
            }
        }
    }
}
