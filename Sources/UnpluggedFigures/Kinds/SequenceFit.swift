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
        let (scene, floor) = LessonScene.readable(from: size, on: page, make)
        smallestText = floor
        self.size = scene.size
    }
}
