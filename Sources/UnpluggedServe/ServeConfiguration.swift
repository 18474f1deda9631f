/// What `unplugged serve` was asked for: where it listens, its limits, and the
/// manifest whose figures its page shows, if any.
public struct ServeConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var limits: ServeLimits
    /// A manifest to build, watch and show (`serve MANIFEST`); nil for the page alone.
    public var manifest: String?

    public init(host: String = "127.0.0.1", port: Int = 8080, limits: ServeLimits = ServeLimits(), manifest: String? = nil) {
        self.host = host
        self.port = port
        self.limits = limits
        self.manifest = manifest
    }

    /// Whether only this machine can reach the server: anything else lets the network
    /// draw on it, which `serve` warns about.
    public var isLoopback: Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
    }

    /// The address to open in a browser.
    public var address: String {
        "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
    }
}
