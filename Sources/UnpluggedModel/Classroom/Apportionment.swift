/// Shares out a whole number of places (the balls of a bin, the faces of a die) in
/// proportion to a row of counts.
///
/// Hamilton's largest remainder method, as `Percentages` uses for 100 points: every
/// word gets its exact quota (places × count / total) rounded down, then the places
/// left go one each to the largest remainders, ties to the word that comes first.
/// On top of that, when there are at least as many places as words with a count, a
/// word with a count never ends with none: it takes a place from the word that is most
/// over its quota among those holding two or more (ties to the later word). Otherwise
/// a rare next word would vanish from the bin or the die, and a class generating by
/// hand could never draw it (an end token that can never come up never stops).
/// A figure showing the balls as they are shared (`TemperedChances`) asks for the plain
/// method, so the balls agree with the percentages beside them.
/// All arithmetic is on whole numbers, so the result is the same on every machine.
enum Apportionment {
    /// Each count's places, in the same order; they add up to `places` unless every
    /// count is 0, when all are 0.
    /// - Parameter keepingEveryWord: whether a word with a count keeps a place.
    /// - Precondition: `places` ≥ 0 and no count is negative.
    static func largestRemainder(_ counts: [Int], places: Int, keepingEveryWord: Bool = true) -> [Int] {
        guard let (wholes, remainders, total) = quotas(counts, places: places) else {
            return Array(repeating: 0, count: counts.count)
        }
        var shares = wholes
        let left = places - shares.reduce(0, +)
        let byRemainder = counts.indices.filter { remainders[$0] > 0 }.sorted {
            remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1
        }
        for index in byRemainder.prefix(left) { shares[index] += 1 }
        if keepingEveryWord { keepEveryWord(&shares, counts: counts, total: total, places: places) }
        return shares
    }

    /// Each count's exact quota of `places` (places × count / total) as its whole part
    /// and remainder (in units of 1 / total), and the total; nil when every count is 0.
    /// - Precondition: `places` ≥ 0 and no count is negative.
    private static func quotas(_ counts: [Int], places: Int) -> (wholes: [Int], remainders: [Int], total: Int)? {
        precondition(places >= 0, "places are not negative")
        precondition(counts.allSatisfy { $0 >= 0 }, "counts are not negative")
        let total = counts.reduce(0, +)
        guard total > 0 else { return nil }
        var wholes = [Int](repeating: 0, count: counts.count)
        var remainders = [Int](repeating: 0, count: counts.count)
        for (index, count) in counts.enumerated() {
            // places × count may not fit in a word; divide the double-width product.
            (wholes[index], remainders[index]) = total.dividingFullWidth(places.multipliedFullWidth(by: count))
        }
        return (wholes, remainders, total)
    }

    /// Gives each word with a count but no place one place, taken from the word most
    /// over its quota, when there are places enough for every word with a count.
    private static func keepEveryWord(_ shares: inout [Int], counts: [Int], total: Int, places: Int) {
        guard counts.count(where: { $0 > 0 }) <= places else { return }
        // How far a word is over its quota, times the total: a whole number.
        func surplus(_ index: Int, in shares: [Int]) -> Int { shares[index] * total - places * counts[index] }
        let missing = counts.indices.filter { counts[$0] > 0 && shares[$0] == 0 }
            .sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
        for index in missing {
            // With fewer holders than words that need a place, one holder has two or more.
            let current = shares
            let donor = current.indices.filter { current[$0] >= 2 }.max {
                let (left, right) = (surplus($0, in: current), surplus($1, in: current))
                return left != right ? left < right : $0 < $1
            }!
            shares[donor] -= 1
            shares[index] += 1
        }
    }
}

extension Apportionment {
    /// Each weight's places out of `places`, by largest remainder, except that words of
    /// equal weight always get equal places, whatever order they come in.
    ///
    /// Every weight gets its quota (places × weight / total) rounded down; the places
    /// left go, one each, to the largest remainders first, a whole group of equal
    /// weights at a time (equal remainders of unequal weights: the larger weight's group
    /// first). When the next group is larger than the places left, giving it places
    /// would tell equal counts apart, so it and every smaller remainder stay rounded
    /// down, and the places add up to less than `places` (never more, so an "other"
    /// beside some of them is never negative). Each share is within one place of its
    /// quota, and a larger weight never gets fewer places than a smaller one. This is
    /// the one rounding behind every percentage a figure prints (`Percentages`) and the
    /// balls of a tempered bin.
    /// - Precondition: `places` ≥ 0 and no weight is negative.
    static func evenHanded(_ weights: [Int], places: Int) -> [Int] {
        guard let (wholes, remainders, _) = quotas(weights, places: places) else {
            return Array(repeating: 0, count: weights.count)
        }
        var shares = wholes
        var left = places - shares.reduce(0, +)
        // Groups of equal weight with a remainder, largest remainder first.
        let groups = Dictionary(grouping: weights.indices.filter { remainders[$0] > 0 }, by: { weights[$0] })
            .sorted { first, second in
                let (a, b) = (remainders[first.value[0]], remainders[second.value[0]])
                return a != b ? a > b : first.key > second.key
            }
        for (_, members) in groups {
            guard members.count <= left else { break }
            left -= members.count
            for index in members { shares[index] += 1 }
        }
        return shares
    }
}
