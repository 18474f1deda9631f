import UnpluggedModel

/// The shopping and packing list: for every bucket, how many balls of each word's
/// colour go in, and at the bottom how many of each colour to buy.
enum KitListPages {
    static func section(_ kit: KitList, vocabulary: Vocabulary, on sheet: HandoutSheet) -> HandoutSection {
        let rounded = kit.buckets.contains { !$0.isExact }
        var rows = kit.buckets.map { bucket in
            HandoutTable.Row(label: .context(bucket.context),
                             cells: bucket.balls.map { $0 == 0 ? "" : "\($0)" } + ["\(kit.capacity)\(bucket.isExact ? "" : " ≈")"])
        }
        rows.append(HandoutTable.Row(label: .text("to buy"), cells: kit.totals.map { "\($0)" } + ["\(kit.ballCount)"],
                                     isTotal: true))
        let table = HandoutTable(headings: vocabulary.words.map { .ball($0) } + [.text("balls")], rows: rows)
        let explanation = "Each bucket holds \(English.count(kit.capacity, "ball")): put in the balls of each colour its row says. "
            + "The last row is what to buy: \(English.count(kit.ballCount, "ball")) in all. Write each ball's letter on it with a marker."
            + (rounded ? " ≈ marks a bucket whose balls only come close to the model's probabilities: "
                + "its counts do not divide into \(English.count(kit.capacity, "ball"))." : "")
        return .table(table, name: "Kit list", explanation: explanation, on: sheet)
    }
}
