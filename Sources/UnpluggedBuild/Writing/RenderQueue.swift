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
///
/// A job is let go as soon as a worker takes it, and `feed` holds back a caller that
/// makes scenes faster than the cores draw them, so a sequence of thousands of frames
/// keeps only about `backlog` scenes alive, not all of them.
public final class RenderQueue<Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Every job added, nil once a worker has taken it (so its scenes can go).
    private var jobs: [RenderJob?] = []
    /// What each job added costs (`RenderJob.cost`), kept after the job is let go.
    private var costs: [Double] = []
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

    /// How many jobs `feed` lets wait: two a core, so that no core runs out of work
    /// while the caller makes the next scene.
    public static var backlog: Int { 2 * max(ProcessInfo.processInfo.activeProcessorCount, 1) }

    public func add(_ newJobs: [RenderJob]) {
        condition.withLock {
            waiting += jobs.count..<(jobs.count + newJobs.count)
            jobs += newJobs.map(Optional.some)
            costs += newJobs.map(\.cost)
            outcomes += Array(repeating: nil, count: newJobs.count)
            condition.broadcast()
        }
    }

    /// Adds the jobs, then draws waiting jobs on the calling thread (rather than
    /// sitting idle) while more than `backlog` wait: the back-pressure that keeps a
    /// caller making scenes one by one from getting far ahead of the drawing.
    public func feed(_ newJobs: [RenderJob]) {
        add(newJobs)
        while let (index, job) = next(whenMoreThan: Self.backlog) { run(job, at: index) }
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
        while let (index, job) = next() { run(job, at: index) }
    }

    private func run(_ job: RenderJob, at index: Int) {
        let outcome = Result { try work(job) }
        let (done, total) = condition.withLock {
            outcomes[index] = outcome
            finished += 1
            return (finished, jobs.count)
        }
        progress?(done, total)
    }

    /// The costliest waiting job, after waiting for one while more may come; nil when
    /// there is none left to take.
    private func next() -> (Int, RenderJob)? {
        condition.withLock {
            while waiting.isEmpty, !closed, !cancelled { condition.wait() }
            return takeCostliest()
        }
    }

    /// The costliest waiting job when more than `backlog` wait, without waiting; nil
    /// when no more than that do.
    private func next(whenMoreThan backlog: Int) -> (Int, RenderJob)? {
        condition.withLock { waiting.count > backlog ? takeCostliest() : nil }
    }

    /// Takes the costliest waiting job off the queue, letting go of the queue's copy
    /// of it; nil when there is none or the queue was given up on. Called holding the lock.
    private func takeCostliest() -> (Int, RenderJob)? {
        guard !cancelled, let position = waiting.indices.max(by: { isCheaper(waiting[$0], than: waiting[$1]) }) else {
            return nil
        }
        let index = waiting[position]
        waiting.swapAt(position, waiting.count - 1)
        waiting.removeLast()
        defer { jobs[index] = nil }
        return (index, jobs[index]!)
    }

    /// Cheaper, or as costly and added later: the earlier of equals is taken first.
    private func isCheaper(_ first: Int, than second: Int) -> Bool {
        let (a, b) = (costs[first], costs[second])
        return a != b ? a < b : first > second
    }
}
