import ServiceLifecycle

/// Empties the server's caches of what has gone unused, every little while, while the
/// server runs: without it, the documents of the last class to ask would stay in
/// memory until the next request.
struct Forgetting: Service {
    let interval: Duration
    let forgets: [@Sendable () -> Void]

    init(every interval: Duration, _ forgets: @Sendable () -> Void...) {
        self.interval = interval
        self.forgets = forgets
    }

    func run() async throws {
        // Until the server shuts down; a cancelled sleep ends the loop.
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                for forget in forgets { forget() }
            }
        }
    }
}
