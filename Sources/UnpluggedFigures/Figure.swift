/// A scene with the file name it is written under (without extension).
public struct Figure: Hashable, Sendable {
    public var name: String
    public var scene: Scene

    public init(name: String, scene: Scene) {
        self.name = name
        self.scene = scene
    }
}
