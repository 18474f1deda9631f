import Dispatch
import Foundation

/// Renders jobs on every core while more are still being added, the costliest
/// waiting job first.
///
/// `build` makes one entry's scenes at a time on the calling thread and adds their
/// jobs as soon as they are made, so the other cores draw the first figures while the
/// last scenes are still being laid out, instead of waiting for all of them. When no
/// more jobs will come, `results()` makes the calling thread a worker too. Costliest
/// first, so that no core is left with a big frame at the end while the others idle.
public final class RenderQueue<Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [RenderJob] = []
    /// Indices into `jobs` of those no worker has taken yet.
    private var waiting: [Int] = []
    private var outcomes: [Result<Output, any Error>?] = []
    private var finished = 0
    /// No more jobs will be added.
    private var closed = false
    /// Take no more jobs: the caller gave up (making a scene failed).
    private var cancelled = false
    private let helpers = DispatchGroup()
    private let work: @Sendable (RenderJob) throws -> Output
    private let progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// Starts a helper for every core but the caller's.
    /// - Parameters:
    ///   - progress: called, from any thread, after each job with the jobs done and added.
    ///   - work: what a job becomes; a job that throws fails `results()`.
    public init(progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
         work: @escaping @Sendable (RenderJob) throws -> Output) {
        self.work = work
        self.progress = progress
        for _ in 1..<max(ProcessInfo.processInfo.activeProcessorCount, 1) {
            DispatchQueue.global().async(group: helpers) { self.runJobs() }
        }
    }

    public func add(_ newJobs: [RenderJob]) {
        condition.withLock {
            waiting += jobs.count..<(jobs.count + newJobs.count)
            jobs += newJobs
            outcomes += Array(repeating: nil, count: newJobs.count)
            condition.broadcast()
        }
    }

    /// Works on the jobs left, with the helpers, until all are done. Returns what each
    /// job became, in the order they were added; throws the first failure in that order.
    public func results() throws -> [Output] {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
        runJobs()
        helpers.wait()
        return try condition.withLock { outcomes }.map { try $0!.get() }
    }

    /// Stops the helpers after the jobs they are drawing, and waits for them. Does
    /// nothing once `results()` has returned.
    public func cancel() {
        condition.withLock {
            cancelled = true
            condition.broadcast()
        }
        helpers.wait()
    }

    private func runJobs() {
        while let (index, job) = next() {
            let outcome = Result { try work(job) }
            let (done, total) = condition.withLock {
                outcomes[index] = outcome
                finished += 1
                return (finished, jobs.count)
            }
            progress?(done, total)
        }
    }

    /// The costliest waiting job, after waiting for one while more may come; nil when
    /// there is none left to take.
    private func next() -> (Int, RenderJob)? {
        condition.withLock {
            while waiting.isEmpty, !closed, !cancelled { condition.wait() }
            guard !cancelled, let position = waiting.indices.max(by: { isCheaper(waiting[$0], than: waiting[$1]) }) else {
                return nil
            }
            let index = waiting[position]
            waiting.swapAt(position, waiting.count - 1)
            waiting.removeLast()
            return (index, jobs[index])
        }
    }

    /// Cheaper, or as costly and added later: the earlier of equals is taken first.
    private func isCheaper(_ first: Int, than second: Int) -> Bool {
        let (a, b) = (jobs[first].cost, jobs[second].cost)
        return a != b ? a < b : first > second
    }
}
