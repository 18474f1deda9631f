import Dispatch
import Foundation
import Testing
@testable import UnpluggedBuild
import UnpluggedFigures

@Suite("RenderQueue")
struct RenderQueueTests {
    /// Jobs of different sizes, so that costliest-first takes them out of order.
    private func jobs(_ names: [String], widths: [Double]) -> [RenderJob] {
        zip(names, widths).map { name, width in
            RenderJob(fileName: name, pages: [Scene(size: Size(width: width, height: 10), background: nil,
                                                    title: name, description: "", nodes: [])],
                      format: .svg, scale: 1)
        }
    }

    private struct JobFailed: Error, Equatable {
        let name: String
    }

    @Test("results come in the order the jobs were added, whatever they cost")
    func order() throws {
        let queue = RenderQueue { job in job.fileName }
        queue.add(jobs(["a", "b", "c"], widths: [1, 300, 20]))
        queue.add(jobs(["d", "e"], widths: [500, 2]))
        #expect(try queue.results() == ["a", "b", "c", "d", "e"])
    }

    @Test("the first failure in the order added is thrown, even when a later one failed first")
    func firstFailure() {
        // "late" is the costliest, so it is drawn, and fails, before "early".
        let queue = RenderQueue { job -> String in
            if job.fileName != "fine" { throw JobFailed(name: job.fileName) }
            return job.fileName
        }
        queue.add(jobs(["fine", "early", "late"], widths: [1, 2, 900]))
        #expect(throws: JobFailed(name: "early")) { try queue.results() }
    }

    @Test("every job is done once, with progress counting up to the total")
    func progress() throws {
        let counts = ProgressLog()
        let queue = RenderQueue(progress: { done, total in counts.record(done, total) }) { job in job.fileName }
        let names = (0..<40).map { "job\($0)" }
        queue.add(jobs(names, widths: names.indices.map { Double($0 % 7 + 1) }))
        #expect(try queue.results() == names)
        #expect(counts.sortedDone == Array(1...40))
        #expect(counts.totals == [40])
    }

    @Test("a queue given up on takes no more jobs: only those already being drawn finish",
          .enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1, "one core: the queue has no helper thread to stop"))
    func cancel() throws {
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let drawn = ProgressLog()
        let queue = RenderQueue(progress: { done, total in drawn.record(done, total) }) { job in
            started.signal()
            release.wait()
            return job.fileName
        }
        queue.add(jobs((0..<50).map { "job\($0)" }, widths: Array(repeating: 1, count: 50)))
        started.wait()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { for _ in 0..<50 { release.signal() } }
        queue.cancel()
        let helpers = ProcessInfo.processInfo.activeProcessorCount - 1
        #expect(drawn.sortedDone.count >= 1)
        #expect(drawn.sortedDone.count <= helpers)
    }
}

/// What a queue reported, from any thread.
private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var done: [Int] = []
    private var totalsSeen: Set<Int> = []

    func record(_ done: Int, _ total: Int) {
        lock.withLock {
            self.done.append(done)
            totalsSeen.insert(total)
        }
    }

    var sortedDone: [Int] { lock.withLock { done.sorted() } }
    var totals: [Int] { lock.withLock { totalsSeen.sorted() } }
}
