/// The names of a sequence's frames: `training-demo00`, `training-demo01`, ...
public enum FrameNumbering {
    /// `name` and the frame's number, zero-padded as wide as the last frame's (at least
    /// two digits, as the reference's `training-demo00`), so files sort in order.
    public static func name(_ name: String, index: Int, count: Int) -> String {
        let width = max(2, String(max(count - 1, 0)).count)
        let digits = String(index)
        return name + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
