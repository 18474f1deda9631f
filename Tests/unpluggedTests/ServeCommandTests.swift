import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite("unplugged serve")
struct ServeCommandTests {
    @Test("listens on 127.0.0.1, says where, answers a figure, and stops cleanly on a signal", arguments: [SIGINT, SIGTERM])
    func servesAndStops(signal: Int32) throws {
        let folder = try LessonFolder(files: [:])
        let process = try CommandRun.start(["serve", "--port", "0"], in: folder.root)
        defer { if process.isRunning { process.terminate() } }
        let text = { (name: String) in String(decoding: (try? folder.bytes(name)) ?? Data(), as: UTF8.self) }
        #expect(eventually { text("stdout").contains("serving http://127.0.0.1:") })
        let address = try #require(text("stdout").split(separator: " ").first { $0.hasPrefix("http://") })
        #expect(text("stderr").isEmpty, "no warning on loopback")

        var request = URLRequest(url: URL(string: "\(address)api/render/stickies.svg")!)
        request.httpMethod = "POST"
        request.httpBody = Data("the cat sat\n".utf8)
        let answered = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var status = 0
        nonisolated(unsafe) var body = Data()
        URLSession.shared.dataTask(with: request) { data, response, _ in
            status = (response as? HTTPURLResponse)?.statusCode ?? 0
            body = data ?? Data()
            answered.signal()
        }.resume()
        #expect(answered.wait(timeout: .now() + 60) == .success)
        #expect(status == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("<svg"))

        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(text("stdout").hasSuffix("stopped serving\n"))
    }

    @Test("a host other than loopback is warned about")
    func warnsOffLoopback() throws {
        let folder = try LessonFolder(files: [:])
        let process = try CommandRun.start(["serve", "--port", "0", "--host", "0.0.0.0"], in: folder.root)
        defer { if process.isRunning { process.terminate() } }
        let text = { (name: String) in String(decoding: (try? folder.bytes(name)) ?? Data(), as: UTF8.self) }
        #expect(eventually { text("stdout").contains("serving http://0.0.0.0:") })
        #expect(text("stderr").hasPrefix("warning: --host 0.0.0.0 lets other machines on the network use this server"))
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("bad flags and a bad manifest exit before listening, saying what to fix",
          arguments: [
              (["serve", "--max-body", "lots"], Int32(64), "error: --max-body 'lots' is not a size"),
              (["serve", "--port", "70000"], Int32(64), "error: --port 70000 is not a port"),
              (["serve", "missing.yml", "--port", "0"], Int32(1), "error: missing.yml"),
          ])
    func badArguments(arguments: [String], status: Int32, message: String) throws {
        let folder = try LessonFolder(files: [:])
        let run = try CommandRun.unplugged(arguments, in: folder.root)
        #expect(run.status == status)
        #expect(run.standardError.hasPrefix(message), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }
}
