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
/// A drawing waiting for a core holds no thread: it waits in `waiting` and is handed
/// to Dispatch only when a core is free. (Waiting on a semaphore inside a Dispatch
/// queue would park one thread per queued request, and Dispatch answers parked
/// threads by starting more.)
///
/// Past its limit a request is answered 503 at once. The drawing itself cannot be
/// stopped mid-figure, so it is asked to stop at its next figure (`Deadline.check`),
/// and one still waiting for a core is never started.
final class DrawingQueue: Sendable {
    private let slots: Mutex<Slots>
    private let timeLimit: Duration

    /// The cores free to draw and the drawings waiting for one, first come first served.
    private struct Slots {
        var free: Int
        var waiting: [@Sendable () -> Void] = []
        var firstWaiting = 0
    }

    init(timeLimit: Duration, concurrentDrawings: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.timeLimit = timeLimit
        self.slots = Mutex(Slots(free: max(1, concurrentDrawings)))
    }

    /// Runs `work` on a core when one is free and returns what it returns.
    /// - Throws: what `work` throws; `ServeError` (503) past the time limit.
    func run<Value: Sendable>(_ work: @escaping @Sendable (Deadline) throws -> Value) async throws -> Value {
        let deadline = Deadline(at: .now + timeLimit)
        let limit = timeLimit
        let timedOut = ServeError(.serviceUnavailable, "the drawing took longer than \(limit) and was stopped; ask for fewer or smaller figures (frame=K for one frame of a sequence)")
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
            let answer = Answer(continuation)
            admit { [self] in
                DispatchQueue.global().async {
                    defer { self.leave() }
                    guard !answer.isGiven else { return }
                    // The drawing may see its deadline pass a moment before the timer fires.
                    answer.give(Result { try work(deadline) }.mapError { $0 is DeadlinePassed ? timedOut : $0 })
                }
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(limit.nanoseconds))) {
                answer.give(.failure(timedOut))
            }
        }
    }

    /// Starts `start` now if a core is free, or queues it for the next core freed.
    private func admit(_ start: @escaping @Sendable () -> Void) {
        let now = slots.withLock { slots in
            guard slots.free > 0 else {
                slots.waiting.append(start)
                return false
            }
            slots.free -= 1
            return true
        }
        if now { start() }
    }

    /// Hands the core a drawing leaves to the longest waiting, or frees it.
    private func leave() {
        let next = slots.withLock { slots -> (@Sendable () -> Void)? in
            guard slots.firstWaiting < slots.waiting.count else {
                slots.free += 1
                return nil
            }
            let next = slots.waiting[slots.firstWaiting]
            slots.firstWaiting += 1
            // Drop the started ones now and then, not on every start (which would move
            // the whole queue each time).
            if slots.firstWaiting == slots.waiting.count || slots.firstWaiting >= 64 {
                slots.waiting.removeFirst(slots.firstWaiting)
                slots.firstWaiting = 0
            }
            return next
        }
        next?()
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
