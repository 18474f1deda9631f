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
        precondition(places >= 0, "places are not negative")
        precondition(counts.allSatisfy { $0 >= 0 }, "counts are not negative")
        let total = counts.reduce(0, +)
        guard total > 0 else { return Array(repeating: 0, count: counts.count) }
        var shares = [Int](repeating: 0, count: counts.count)
        var remainders = [Int](repeating: 0, count: counts.count)
        for (index, count) in counts.enumerated() {
            // places × count may not fit in a word; divide the double-width product.
            (shares[index], remainders[index]) = total.dividingFullWidth(places.multipliedFullWidth(by: count))
        }
        let left = places - shares.reduce(0, +)
        let byRemainder = counts.indices.filter { remainders[$0] > 0 }.sorted {
            remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1
        }
        for index in byRemainder.prefix(left) { shares[index] += 1 }
        if keepingEveryWord { keepEveryWord(&shares, counts: counts, total: total, places: places) }
        return shares
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
