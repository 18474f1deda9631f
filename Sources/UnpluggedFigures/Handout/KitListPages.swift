import UnpluggedModel

/// The shopping and packing list: for every bucket, how many balls of each word's
/// colour go in, and at the bottom how many of each colour to buy. A large
/// vocabulary's buckets list only the colours they hold (`HandoutGrid`).
enum KitListPages {
    static func section(_ kit: KitList, grid: HandoutGrid, on sheet: HandoutSheet) -> HandoutSection {
        let vocabulary = sheet.vocabulary
        let rounded = kit.buckets.contains { !$0.isExact }
        let explanation = "Each bucket holds \(English.count(kit.capacity, "ball")): put in the balls of each colour its row says. "
            + "The last row is what to buy: \(English.count(kit.ballCount, "ball")) in all. Write each ball's letter on it with a marker."
            + (rounded ? " ≈ marks a bucket whose balls only come close to the model's probabilities: "
                + "its counts do not divide into \(English.count(kit.capacity, "ball"))." : "")
        guard grid.isGrid else {
            func items(_ words: some Sequence<Int>, _ balls: some Sequence<Int>) -> [NextWordList.Item] {
                zip(words, balls).filter { $0.1 > 0 }.map { word, balls in
                    NextWordList.Item(key: .ball(vocabulary.words[word]), word: vocabulary.shownName(of: vocabulary.words[word]), value: "\(balls)")
                }
            }
            var rows = kit.buckets.map { bucket in
                NextWordList.Row(label: .context(bucket.context),
                                 items: items(bucket.nextWords, bucket.nextWordBalls)
                                    + (bucket.isExact ? [] : [NextWordList.Item(key: .none, word: "", value: "≈")]))
            }
            rows.append(NextWordList.Row(label: .text("to buy"), items: items(kit.totals.indices, kit.totals), isTotal: true))
            return .list(NextWordList(heading: "balls of each word", rows: rows), name: "Kit list", explanation: explanation, on: sheet)
        }
        var rows = kit.buckets.map { bucket in
            HandoutTable.Row(label: .context(bucket.context),
                             cells: bucket.balls.map { $0 == 0 ? "" : "\($0)" } + ["\(kit.capacity)\(bucket.isExact ? "" : " ≈")"])
        }
        rows.append(HandoutTable.Row(label: .text("to buy"), cells: kit.totals.map { "\($0)" } + ["\(kit.ballCount)"],
                                     isTotal: true))
        let table = HandoutTable(headings: vocabulary.words.map { .ball($0) } + [.text("balls")], rows: rows)
        return .table(table, name: "Kit list", explanation: explanation, on: sheet)
    }
}
