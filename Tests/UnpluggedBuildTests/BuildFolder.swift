import Foundation
import UnpluggedBuild

/// A temporary folder with a manifest (`figures.yml`) and its inputs, built in
/// process with a `DumpDrawer`: a build's decisions, seen in the output folder `img`.
struct BuildFolder {
    let root: String

    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("unplugged-build-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (name, text) in files { try write(text, to: name) }
    }

    /// The path of `name` under the folder.
    func path(_ name: String) -> String {
        "\(root)/\(name)"
    }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
    }

    func text(_ name: String) -> String? {
        FileManager.default.contents(atPath: path(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: path(name))
    }

    /// A builder of the manifest as it is now.
    func builder(drawer: DumpDrawer, force: Bool = false, dryRun: Bool = false) throws -> Builder {
        Builder(manifest: try Manifest.load(path("figures.yml")), drawer: drawer, tool: "unplugged test", force: force,
                dryRun: dryRun)
    }

    /// Builds once with a new drawer; returns what the build planned and which files it drew.
    @discardableResult
    func build(force: Bool = false, dryRun: Bool = false, failing: String? = nil) throws -> (plan: BuildPlan, drawn: [String]) {
        let drawer = DumpDrawer(failing: failing)
        let summary = try builder(drawer: drawer, force: force, dryRun: dryRun).run()
        return (summary.plan, drawer.drawn)
    }

    /// Every name in the output folder, dot files too, sorted; empty when there is no folder.
    func listing() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path("img"))) ?? []).sorted()
    }

    /// Each output file's bytes, inode and modification time: any write changes them,
    /// an atomic one too (it replaces the inode). The lock file aside: every build
    /// writes its process id into it.
    func stamps() -> [String: String] {
        var stamps: [String: String] = [:]
        for name in listing() where name != BuildLock.fileName {
            var info = stat()
            stat(path("img/\(name)"), &info)
            let bytes = FileManager.default.contents(atPath: path("img/\(name)")) ?? Data()
            stamps[name] = "\(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(SHA256.hex(bytes))"
        }
        return stamps
    }
}
