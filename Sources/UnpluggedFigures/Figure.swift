/// A scene with the file name it is written under (without extension).
public struct Figure: Hashable, Sendable {
    public var name: String
    public var scene: Scene

    public init(name: String, scene: Scene) {
        self.name = name
        self.scene = scene
    }

    /// A slide figure: `scene`, laid out at its own size, shown as large as `page`
    /// allows (`SlideFit`).
    public init(name: String, slide scene: Scene, on page: Page) {
        self.init(name: name, scene: SlideFit.fitted(scene, on: page))
    }
}
