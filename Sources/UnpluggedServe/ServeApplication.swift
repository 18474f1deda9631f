import Hummingbird
import Logging
import ServiceLifecycle

/// Builds the server: the router with every route, on the configuration's address, the
/// service that empties the caches of what has gone unused, and with a manifest the
/// service that keeps it built. `unplugged serve` runs it;
/// the tests drive the same application without a socket (`app.test(.router)`).
/// - Parameter tool: the name and version `build` records (`unplugged 0.2.1`).
/// - Throws: the manifest's `InputError`, before anything listens.
public func buildApplication(_ configuration: ServeConfiguration, tool: String = "unplugged",
                             onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in })
    throws -> some ApplicationProtocol {
    let router = Router()
    let routes = Routes(limits: configuration.limits, tool: tool)
    routes.add(to: router)
    PageRoutes().add(to: router)
    var services: [any Service] = [Forgetting(every: .seconds(30), routes.answers.forgetUnused, routes.lessons.forgetUnused)]
    if let manifest = configuration.manifest {
        let watch = try ManifestWatch(path: manifest, tool: tool)
        ManifestRoutes(watch: watch, eventStreamLifetime: configuration.limits.eventStreamLifetime).add(to: router)
        services.append(watch)
    }
    var logger = Logger(label: "unplugged serve")
    logger.logLevel = .warning
    return Application(router: router,
                       configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                            serverName: "unplugged"),
                       services: services,
                       onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
                       logger: logger)
}
