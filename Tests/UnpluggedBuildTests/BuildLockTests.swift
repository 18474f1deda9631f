import Dispatch
import Foundation
import Synchronization
import Testing
import UnpluggedBuild

/// What happened, in order, from any thread.
private final class EventLog: Sendable {
    private let events = Mutex<[String]>([])

    func note(_ event: String) {
        events.withLock { $0.append(event) }
    }

    var all: [String] { events.withLock { $0 } }
}

/// A second lock is a second open file description, as another process's would be:
/// flock(2) makes them wait for each other even within one process.
@Suite("BuildLock")
struct BuildLockTests {
    let folder: BuildFolder

    init() throws {
        folder = try BuildFolder(files: [:])
    }

    private var output: String { folder.path("img") }

    @Test("while one build holds the folder, another that will not wait fails at once, naming it")
    func secondFails() throws {
        try BuildLock.holding(output, whenBusy: .fail) {
            #expect(folder.text("img/\(BuildLock.fileName)") == "\(getpid())\n")
            let busy = #expect(throws: BuildLock.Busy.self) {
                try BuildLock.holding(output, whenBusy: .fail) { Issue.record("the second lock was taken") }
            }
            #expect(busy?.holder.processID == getpid())
            #expect(busy.map(String.init(describing:)) == "another build of \(output) (pid \(getpid())) is under way; "
                + "try again once it has finished")
        }
        #expect(folder.text("img/\(BuildLock.fileName)") == "", "emptied when let go")
        try BuildLock.holding(output, whenBusy: .fail) {}
    }

    @Test("another build that waits says so once, and starts only when the first has let go")
    func secondWaits() throws {
        let log = EventLog()
        let waiting = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        let output = output
        try BuildLock.holding(output, whenBusy: .fail) {
            DispatchQueue.global().async {
                do {
                    try BuildLock.holding(output, whenBusy: .wait(told: { holder in
                        log.note("waiting for \(holder)")
                        waiting.signal()
                    })) { log.note("second") }
                } catch {
                    log.note("failed: \(error)")
                }
                finished.signal()
            }
            waiting.wait()
            log.note("first lets go")
        }
        finished.wait()
        #expect(log.all == ["waiting for another build of \(output) (pid \(getpid()))", "first lets go", "second"])
    }

    @Test("a first build that fails takes away the folder it made; one that waited makes it again")
    func failedFirstBuild() throws {
        struct Failed: Error {}
        let log = EventLog()
        let waiting = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        let output = output, lockFile = folder.path("img/\(BuildLock.fileName)")
        #expect(throws: Failed.self) {
            try BuildLock.holding(output, whenBusy: .fail) {
                DispatchQueue.global().async {
                    do {
                        try BuildLock.holding(output, whenBusy: .wait(told: { _ in waiting.signal() })) {
                            log.note("second holds \(FileManager.default.fileExists(atPath: lockFile) ? "the" : "no") lock file")
                        }
                    } catch {
                        log.note("failed: \(error)")
                    }
                    finished.signal()
                }
                waiting.wait()
                throw Failed()
            }
        }
        finished.wait()
        #expect(log.all == ["second holds the lock file"])
        #expect(folder.exists("img/\(BuildLock.fileName)"))

        // With no other build, the failure leaves no folder at all.
        try FileManager.default.removeItem(atPath: output)
        #expect(throws: Failed.self) { try BuildLock.holding(output, whenBusy: .fail) { throw Failed() } }
        #expect(!folder.exists("img"))
    }

    @Test("a dry run takes no lock, and makes nothing, where there is no lock file; where there is, it takes turns")
    func dryRun() throws {
        var ran = false
        try BuildLock.holdingIfPresent(output, whenBusy: .fail) { ran = true }
        #expect(ran)
        #expect(!folder.exists("img"))

        try BuildLock.holding(output, whenBusy: .fail) {
            #expect(throws: BuildLock.Busy.self) {
                try BuildLock.holdingIfPresent(output, whenBusy: .fail) { Issue.record("the dry run's lock was taken") }
            }
        }
        try BuildLock.holdingIfPresent(output, whenBusy: .fail) {
            #expect(throws: BuildLock.Busy.self) {
                try BuildLock.holding(output, whenBusy: .fail) {}
            }
        }
        #expect(folder.text("img/\(BuildLock.fileName)") == "", "a dry run writes no process id")
    }

    @Test("a build lets the folder go when it is done, as watch does between builds")
    func builderLetsGo() throws {
        try folder.write("output: img\nfigures:\n  - kind: stickies\n", to: "figures.yml")
        try folder.build()
        try BuildLock.holding(output, whenBusy: .fail) {
            var builder = try folder.builder(drawer: DumpDrawer())
            builder.whenBusy = .fail
            #expect(throws: BuildLock.Busy.self) { try builder.run() }
        }
        try folder.build()
    }
}
