/// What a build does to its output folder, decided before any of it is done.
public struct BuildPlan: Sendable {
    /// Files made or changed, by name.
    public internal(set) var writes: [String] = []
    /// Files made again with the bytes they already have, or not drawn at all.
    public internal(set) var unchanged: [String] = []
    /// Files build wrote earlier that no figure makes any more.
    public internal(set) var removals: [String] = []
    /// Files build wrote earlier, no longer made, but changed since by someone else:
    /// left in place, and no longer build's.
    public internal(set) var kept: [String] = []
}

/// The line `build` prints when it is done.
public struct BuildSummary: Sendable, CustomStringConvertible {
    public let folder: String
    public let plan: BuildPlan
    public let dryRun: Bool

    public var description: String {
        var line = "\(dryRun ? "would make" : "made") \(plan.writes.count), unchanged \(plan.unchanged.count), "
            + "\(dryRun ? "would remove" : "removed") \(plan.removals.count) in \(folder)"
        if !plan.kept.isEmpty {
            line += "; kept \(plan.kept.joined(separator: ", ")): changed since build wrote them"
        }
        return line
    }

    /// Every file the build makes or removes, one a line, for `--dry-run`.
    public var details: String {
        (plan.writes.map { "make \($0)" } + plan.removals.map { "remove \($0)" })
            .map { "  \($0)\n" }.joined()
    }
}
