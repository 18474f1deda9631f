import PropertyBased
import Testing
import UnpluggedFigures

@Suite("Ball packing")
struct BallPackingTests {
    /// Bins from narrow to wide, balls from tiny to large, labels of any height.
    static let packings = zip(
        Gen.double(in: 60...400), Gen.double(in: 60...300), Gen.double(in: 0.2...0.9),
        Gen.double(in: 2...25), Gen.double(in: 0...0.6)
    ).map { width, height, bottomRatio, radius, labelShare in
        let shape = BinShape(frame: Rect(x: 10, y: 20, width: width, height: height), bottomRatio: bottomRatio)
        return BallPacking(shape: shape, radius: radius, gap: 1, wallReach: 0.75, ceiling: 20 + height * labelShare)
    }

    @Test("no ball overlaps another: centres are at least a diameter and a gap apart")
    func noOverlaps() async {
        await propertyCheck(count: 150, input: Self.packings) { packing in
            let places = packing.places
            for (index, a) in places.enumerated() {
                for b in places[(index + 1)...] {
                    let distance = ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
                    #expect(distance >= 2 * packing.radius + packing.gap - 1e-9)
                }
            }
        }
    }

    @Test("no ball touches a wall, the bottom or rises above the ceiling")
    func insideTheBin() async {
        await propertyCheck(count: 150, input: Self.packings) { packing in
            let shape = packing.shape
            let clearance = packing.radius + packing.wallReach
            let corners = shape.corners
            for place in packing.places {
                #expect(place.y + clearance <= shape.frame.maxY + 1e-9)
                #expect(place.y - packing.radius >= packing.ceiling - 1e-9)
                #expect(distance(from: place, toLineThrough: corners[0], corners[3]) >= clearance - 1e-9)
                #expect(distance(from: place, toLineThrough: corners[1], corners[2]) >= clearance - 1e-9)
                #expect(shape.leftWall(atY: place.y) < place.x && place.x < shape.rightWall(atY: place.y))
            }
        }
    }

    @Test("smaller balls fit more of them")
    func capacityGrowsAsBallsShrink() {
        let shape = BinShape(frame: Rect(x: 0, y: 0, width: 140, height: 140))
        let capacities = [12.0, 9, 6, 4].map {
            BallPacking(shape: shape, radius: $0, gap: 1, wallReach: 0.5, ceiling: 20).capacity
        }
        #expect(capacities == capacities.sorted())
        #expect(capacities.first! >= 5)
        #expect(capacities.last! > 3 * capacities.first!)
    }

    @Test("balls fill from the bottom up: the first place is in the lowest row")
    func bottomUp() throws {
        let shape = BinShape(frame: Rect(x: 0, y: 0, width: 140, height: 140))
        let places = BallPacking(shape: shape, radius: 8, gap: 1, wallReach: 0.5, ceiling: 0).places
        let lowest = try #require(places.map(\.y).max())
        #expect(places.first?.y == lowest)
        #expect(places.map(\.y) == places.map(\.y).sorted(by: >))
        let bottomRow = places.filter { $0.y == lowest }.map(\.x)
        #expect(bottomRow.first == (bottomRow.min()! + bottomRow.max()!) / 2, "a lone ball rests in the middle")
    }

    private func distance(from point: Point, toLineThrough a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        return abs(dy * (point.x - a.x) - dx * (point.y - a.y)) / (dx * dx + dy * dy).squareRoot()
    }
}
