/// Whole percentages for a row of counts that add up to exactly 100.
///
/// Rounding each share on its own can make a row add up to 99 or 101, which a class
/// checking the table by hand will notice. The largest remainder method (Hamilton's)
/// rounds every share down, then gives the missing points one each to the shares
/// that lost the most, ties going to the word that comes first in the vocabulary. All
/// arithmetic is on whole numbers, so the result is the same on every machine.
public enum Percentages {
    /// The whole percentages of `counts`, in the same order.
    ///
    /// Each is within 1 of the exact share (100 × count / total), and they add up to
    /// 100; a zero count gets 0. A row with no counts gets all zeros.
    /// - Complexity: O(k log k) for k counts.
    public static func whole(_ counts: [Int]) -> [Int] {
        let total = counts.reduce(0, +)
        guard total > 0 else { return Array(repeating: 0, count: counts.count) }
        var percents = [Int](repeating: 0, count: counts.count)
        var remainders = [Int](repeating: 0, count: counts.count)
        var given = 0
        for (index, count) in counts.enumerated() {
            precondition(count >= 0, "counts are not negative")
            // 100 × count may not fit in a word; divide the double-width product.
            let (quotient, remainder) = total.dividingFullWidth(100.multipliedFullWidth(by: count))
            percents[index] = quotient
            remainders[index] = remainder
            given += quotient
        }
        let byRemainder = counts.indices.filter { remainders[$0] > 0 }.sorted {
            remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1
        }
        for index in byRemainder.prefix(100 - given) { percents[index] += 1 }
        return percents
    }
}
