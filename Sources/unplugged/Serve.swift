import ArgumentParser
import Dispatch
import Foundation
import Synchronization
import UnpluggedServe

/// `unplugged serve [MANIFEST]`: the toolkit as a local web page, for teachers who
/// never open a terminal; with a manifest, its figures, built again on every edit.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a web page that draws every figure from pasted documents, and a classroom page for the projector.",
        discussion: """
            Open the address it prints in a browser. The page keeps the documents and options \
            in its address (bookmark it, or send it to a colleague); the server keeps nothing. \
            The same figures are drawn by POST /api/render/KIND.svg (the README describes the \
            HTTP interface). With MANIFEST, the page also shows the manifest's figures as \
            build writes them, built again within two seconds of an edit. Stop with Ctrl-C.
            """
    )

    @Argument(help: ArgumentHelp("A manifest whose figures the page shows and keeps built.", valueName: "manifest"))
    var manifest: String?

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Option(help: "The address to listen on; anything but 127.0.0.1, ::1 or localhost lets other machines use the server.")
    var host = "127.0.0.1"

    @Option(name: .customLong("max-body"), help: ArgumentHelp("The largest request body taken (documents), e.g. 5MB or 512kB.", valueName: "size"))
    var maxBody = "5MB"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not a port; choose one from 1 to 65535 (0: any free port)") }
        guard ServeLimits.bytes(of: maxBody) != nil else {
            throw ValidationError("--max-body '\(maxBody)' is not a size; write bytes or a number with kB, MB or GB, such as 5MB")
        }
    }

    func run() throws {
        let configuration = ServeConfiguration(host: host, port: port,
                                               limits: ServeLimits(maximumBodyBytes: ServeLimits.bytes(of: maxBody)!),
                                               manifest: manifest)
        if !configuration.isLoopback {
            FileHandle.standardError.write(Data("warning: --host \(host) lets other machines on the network use this server and draw on this computer; use 127.0.0.1 to keep it to this one\n".utf8))
        }
        try reportingFailure {
            let app = try buildApplication(configuration, tool: Unplugged.tool) { port in
                var listening = configuration
                listening.port = port
                FileHandle.standardOutput.write(Data("serving \(listening.address) (Ctrl-C stops)\n".utf8))
            }
            // The command line is synchronous; the server runs until Ctrl-C (SIGINT) or
            // SIGTERM, which its service group turns into a graceful shutdown.
            let finished = DispatchSemaphore(value: 0)
            let failure = Mutex<(any Error)?>(nil)
            Task {
                do { try await app.runService() } catch { failure.withLock { $0 = error } }
                finished.signal()
            }
            finished.wait()
            if let error = failure.withLock({ $0 }) { throw error }
            FileHandle.standardOutput.write(Data("stopped serving\n".utf8))
        }
    }
}
