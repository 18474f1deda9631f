import Dispatch
import Foundation
import Hummingbird
import Synchronization

/// Runs drawings away from the server's event loops, as many at once as there are
/// cores, each within a time limit.
///
/// Drawing is synchronous CPU work (layout, Cairo, PNG): on an event loop it would
/// stall every other connection of that loop. Holding the drawings to one per core
/// bounds the server's memory whatever the number of clients (each drawing holds a
/// few rasters), and queued requests wait their turn instead of thrashing.
///
/// Past its limit a request is answered 503 at once. The drawing itself cannot be
/// stopped mid-figure, so it is asked to stop at its next figure (`Deadline.check`),
/// and one still waiting for a core is never started.
final class DrawingQueue: Sendable {
    private let queue = DispatchQueue(label: "unplugged.serve.drawing", attributes: .concurrent)
    private let cores: DispatchSemaphore
    private let timeLimit: Duration

    init(timeLimit: Duration, concurrentDrawings: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.timeLimit = timeLimit
        self.cores = DispatchSemaphore(value: max(1, concurrentDrawings))
    }

    /// Runs `work` on a core when one is free and returns what it returns.
    /// - Throws: what `work` throws; `ServeError` (503) past the time limit.
    func run<Value: Sendable>(_ work: @escaping @Sendable (Deadline) throws -> Value) async throws -> Value {
        let deadline = Deadline(at: .now + timeLimit)
        let limit = timeLimit
        let timedOut = ServeError(.serviceUnavailable, "the drawing took longer than \(limit) and was stopped; ask for fewer or smaller figures (frame=K for one frame of a sequence)")
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
            let answer = Answer(continuation)
            queue.async { [cores] in
                cores.wait()
                defer { cores.signal() }
                guard !answer.isGiven else { return }
                // The drawing may see its deadline pass a moment before the timer fires.
                answer.give(Result { try work(deadline) }.mapError { $0 is DeadlinePassed ? timedOut : $0 })
            }
            queue.asyncAfter(deadline: .now() + .nanoseconds(Int(limit.nanoseconds))) {
                answer.give(.failure(timedOut))
            }
        }
    }

    /// A continuation resumed by whichever comes first, the drawing or the time limit.
    private final class Answer<Value: Sendable>: Sendable {
        private let continuation: Mutex<CheckedContinuation<Value, any Error>?>

        init(_ continuation: CheckedContinuation<Value, any Error>) {
            self.continuation = Mutex(continuation)
        }

        var isGiven: Bool { continuation.withLock { $0 == nil } }

        func give(_ result: Result<Value, any Error>) {
            continuation.withLock { waiting in
                waiting?.resume(with: result)
                waiting = nil
            }
        }
    }
}

/// When a drawing must stop: checked between figures, so that a long sequence past
/// its time stops drawing frames nobody will receive.
struct Deadline: Sendable {
    let at: ContinuousClock.Instant

    /// - Throws: `DeadlinePassed` once the time is up.
    func check() throws {
        if ContinuousClock.now >= at { throw DeadlinePassed() }
    }
}

/// A drawing stopped at its deadline; its request was already answered 503.
struct DeadlinePassed: Error {}

extension Duration {
    var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }
}
