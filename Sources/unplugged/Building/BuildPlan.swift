/// What a build does to its output folder, decided before any of it is done.
struct BuildPlan {
    /// Files made or changed, by name.
    var writes: [String] = []
    /// Files made again with the bytes they already have, or not drawn at all.
    var unchanged: [String] = []
    /// Files build wrote earlier that no figure makes any more.
    var removals: [String] = []
    /// Files build wrote earlier, no longer made, but changed since by someone else:
    /// left in place, and no longer build's.
    var kept: [String] = []
}

/// The line `build` prints when it is done.
struct BuildSummary: CustomStringConvertible {
    let folder: String
    let plan: BuildPlan
    let dryRun: Bool

    var description: String {
        var line = "\(dryRun ? "would make" : "made") \(plan.writes.count), unchanged \(plan.unchanged.count), "
            + "\(dryRun ? "would remove" : "removed") \(plan.removals.count) in \(folder)"
        if !plan.kept.isEmpty {
            line += "; kept \(plan.kept.joined(separator: ", ")): changed since build wrote them"
        }
        return line
    }

    /// Every file the build makes or removes, one a line, for `--dry-run`.
    var details: String {
        (plan.writes.map { "make \($0)" } + plan.removals.map { "remove \($0)" })
            .map { "  \($0)\n" }.joined()
    }
}
