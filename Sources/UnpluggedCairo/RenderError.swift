import CCairo

/// Cairo could not make a surface or finish writing one.
public struct RenderError: Error, CustomStringConvertible {
    public let description: String

    init(_ what: String, status: cairo_status_t) {
        description = "\(what): \(String(cString: cairo_status_to_string(status)))"
    }

    init(_ description: String) {
        self.description = description
    }
}

/// Throws when a surface or context is in an error state.
func check(_ status: cairo_status_t, _ what: String) throws {
    guard status == CAIRO_STATUS_SUCCESS else { throw RenderError(what, status: status) }
}
