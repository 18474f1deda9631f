import Foundation

/// Which goldens a test run writes anew: none unless asked, so a run can never lose
/// one by accident. `UNPLUGGED_RECORD_GOLDENS=all` (or `1`, as it used to be) asks
/// for every golden, `UNPLUGGED_RECORD_GOLDENS=graph,temperature` for the named ones:
/// a name asks for the golden of that name and those it starts, followed by `-`
/// (`graph` is `graph`, `graph-context-two` and `graph-neighbourhood`).
///
/// Shared by the golden images (`UnpluggedCairoTests`) and the text snapshots of
/// scenes (`UnpluggedFiguresTests`); `Scripts/record-goldens` sets it.
public struct GoldenRecording: Sendable {
    public static let variable = "UNPLUGGED_RECORD_GOLDENS"

    /// The names asked for; nil for every golden.
    let names: Set<String>?
    /// Whether anything is to be recorded.
    let isAsked: Bool

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let value = environment[Self.variable]?.trimmingCharacters(in: .whitespaces) ?? ""
        switch value {
        case "", "0":
            names = []
            isAsked = false
        case "1", "all":
            names = nil
            isAsked = true
        default:
            names = Set(value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
            isAsked = true
        }
    }

    /// Whether this run writes the golden `name` anew.
    public func records(_ name: String) -> Bool {
        guard isAsked else { return false }
        guard let names else { return true }
        return names.contains { name == $0 || name.hasPrefix($0 + "-") }
    }

    /// `.test-output/goldens` at the root of the repository (git-ignored): a failure's
    /// or a recorded change's expected, actual and diff files.
    public static let changes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".test-output/goldens")

    /// Writes `files` (suffix and bytes; nil bytes are skipped) as `<name>-<suffix>`
    /// into `changes`; returns their paths.
    public static func writeChange(named name: String, files: [(suffix: String, bytes: [UInt8]?)]) throws -> [String] {
        try FileManager.default.createDirectory(at: changes, withIntermediateDirectories: true)
        var paths: [String] = []
        for (suffix, bytes) in files {
            guard let bytes else { continue }
            let file = changes.appendingPathComponent("\(name)-\(suffix)")
            try Data(bytes).write(to: file)
            paths.append(file.path)
        }
        return paths
    }
}
