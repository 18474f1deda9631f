/// What every frame of a sequence (training, generation) is laid out with, so each has
/// one natural size and the slide shows them all at one scale: the stickies and bins
/// of one frame stand where the last frame's stood, and the text of every frame reads.
struct SequenceFit {
    /// The frames' readable floor, in points of their own size.
    let smallestText: Double
    /// The canvas every frame takes: the fullest frame's.
    let size: Size

    /// The fit of a sequence whose fullest frame (the most balls, the longest legend)
    /// `make` makes with a given readable floor; `size` is its layout's, without notes.
    init(from size: Size, on page: Page, fullest make: (Double) -> Scene) {
        self.init(from: size, on: page, fullestOfEach: { [make($0)] })
    }

    /// The fit of a sequence in parts, whose fullest frames (one a part) `make` makes
    /// with a given readable floor: the floor a canvas of `size` needs, raised until the
    /// canvas holding every one of them (larger text may mean more symbols, a longer
    /// legend, a taller canvas shown smaller) needs no more.
    init(from size: Size, on page: Page, fullestOfEach make: (Double) -> [Scene]) {
        func canvas(_ scenes: [Scene]) -> Size {
            Size(width: scenes.map(\.size.width).max() ?? size.width, height: scenes.map(\.size.height).max() ?? size.height)
        }
        var floor = SlideFit.readableTextSize(for: size, on: page)
        var largest = canvas(make(floor))
        for _ in 0..<4 {
            let needed = SlideFit.readableTextSize(for: largest, on: page)
            guard needed > floor + 1e-9 else { break }
            floor = needed
            largest = canvas(make(floor))
        }
        smallestText = floor
        self.size = largest
    }
}
