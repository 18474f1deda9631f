/// A row's chances as whole percentages: the one rounding behind every percentage a
/// figure, alt text, handout or `unplugged table` prints, so the same context gives the
/// same number for the same word everywhere.
///
/// The rule, which a teacher can check by hand:
/// - Each word's exact share (100 × count / total) is rounded down, and the points
///   left go to the largest remainders first (largest remainder), so the row adds up
///   to 100 (`Apportionment.evenHanded`).
/// - Words of equal count always show equal numbers: tied words are rounded up
///   together or not at all. When the points left cannot go to every word of a tie,
///   they go to none of it, and the row adds up to a little less than 100 (never
///   more); a figure says so in a note (`note`). Three equal words are 33% each, 99%
///   in all, never 34, 33 and 33. A likelier word never shows less than a rarer one.
/// - A word that was seen never shows 0: it shows "<1%". Nor does a word show 100%
///   while another was seen: it shows ">99%".
/// - "other" is exactly what the words shown beside it leave of 100 (`other(besides:)`).
/// The order of the counts never changes a number. All arithmetic is on whole numbers,
/// so the result is the same on every machine.
public struct Percentages: Hashable, Sendable {
    /// Each count's percentage, in the order given.
    public let percents: [Percent]

    /// - Precondition: no count is negative.
    public init(_ counts: [Int]) {
        let total = counts.reduce(0, +)
        let wholes = Apportionment.evenHanded(counts, places: 100)
        percents = zip(counts, wholes).map { count, whole in
            Percent(whole: whole, isSeen: count > 0, isEverything: count > 0 && count == total)
        }
    }

    /// The whole numbers alone, in the order given.
    public var wholes: [Int] { percents.map(\.whole) }

    /// What the numbers add up to: 100, unless a tie kept them below it (0 for no counts).
    public var sum: Int { percents.reduce(0) { $0 + $1.whole } }

    /// The words other than those at `shown` together, as an "other" bar, column or
    /// share of arrows shows them: what the shown words leave of 100, so the figure's
    /// numbers add up to 100 whatever ties its shown words hold.
    public func other(besides shown: some Sequence<Int>) -> Percent {
        let shown = Set(shown)
        let counted = percents.contains { $0.isSeen }
        let seen = percents.indices.count { !shown.contains($0) && percents[$0].isSeen }
        let left = counted ? 100 - shown.reduce(0) { $0 + percents[$1].whole } : 0
        return Percent(whole: max(left, 0), isSeen: seen > 0,
                       isEverything: seen > 0 && seen == percents.count { $0.isSeen })
    }

    /// Why the row does not add up to 100, for a figure's notes; nil when it does (or
    /// has no counts).
    public var note: String? { Self.note(sums: [sum]) }

    /// Why some of the rows whose numbers add up to `sums` do not add up to 100, for a
    /// figure's notes: "Percentages add up to 99%: equal counts show equal
    /// percentages."; nil when every row does (rows with no counts aside).
    public static func note(sums: [Int]) -> String? {
        let off = Set(sums.filter { $0 != 100 && $0 != 0 }).sorted()
        guard !off.isEmpty else { return nil }
        let totals = off.count == 1 ? "\(off[0])%" : "between \(off.first!)% and \(off.last!)%"
        return (sums.count == 1 ? "Percentages add up to " : "Some rows add up to ") + totals
            + ": equal counts show equal percentages."
    }
}

/// One word's chance as a figure prints it (see `Percentages` for the rounding).
public struct Percent: Hashable, Sendable {
    /// The whole percentage, which bars are drawn to and rows add up.
    public let whole: Int
    /// Whether the word (or one of the words) it stands for was seen at all.
    public let isSeen: Bool
    /// Whether it stands for every count of its row.
    public let isEverything: Bool

    public init(whole: Int, isSeen: Bool, isEverything: Bool) {
        self.whole = whole
        self.isSeen = isSeen
        self.isEverything = isEverything
    }

    /// The chance of a word that was never seen: 0%.
    public static let unseen = Percent(whole: 0, isSeen: false, isEverything: false)

    /// The number without its sign: "40", "<1" for a seen word under half a percent,
    /// ">99" for a word that is not all but rounds to 100.
    public var number: String {
        if isSeen, whole == 0 { return "<1" }
        if whole >= 100, !isEverything, isSeen { return ">99" }
        return String(whole)
    }

    /// "40%", "<1%", ">99%".
    public var text: String { number + "%" }
}
