import Foundation
import Hummingbird
import ServiceLifecycle

/// The routes of `serve MANIFEST`: what the manifest is, its builds as server-sent
/// events, and the files `build` wrote, served from its output folder only.
struct ManifestRoutes: Sendable {
    let watch: ManifestWatch
    /// How long one event stream stays open (`ServeLimits.eventStreamLifetime`).
    let eventStreamLifetime: Duration

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/manifest") { _, _ in
            let status = try JSONEncoder().encode(Status(name: watch.path, build: watch.outcome))
            return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: status)))
        }
        router.get("/api/manifest/events") { _, _ in events() }
        router.get("/built/**") { request, context in
            try BuiltFiles(folder: watch.output).response(for: context.parameters.getCatchAll())
        }
    }

    /// `GET /api/manifest`: the manifest and its latest build.
    struct Status: Encodable {
        var name: String
        var build: ManifestWatch.Outcome
    }

    /// `text/event-stream`: an event `built` (JSON `Outcome`) now and after every build.
    /// The stream ends after `eventStreamLifetime`, or when the server shuts down, and
    /// the browser's EventSource opens it again; so no connection outlives a shutdown.
    private func events() -> Response {
        let (watch, lifetime) = (self.watch, eventStreamLifetime)
        let body = ResponseBody { writer in
            var sent = -1
            let started = ContinuousClock.now
            while !Task.isCancelled, !Task.isShuttingDownGracefully, ContinuousClock.now - started < lifetime {
                let outcome = watch.outcome
                if outcome.number != sent {
                    let data = String(decoding: try JSONEncoder().encode(outcome), as: UTF8.self)
                    try await writer.write(ByteBuffer(string: "event: built\ndata: \(data)\n\n"))
                    sent = outcome.number
                }
                try await Task.sleep(for: .milliseconds(200))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }
}
