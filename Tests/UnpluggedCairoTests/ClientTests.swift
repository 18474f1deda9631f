import Foundation
import Testing
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// Our SVG and PDF files as other programs draw them: librsvg (`rsvg-convert`, as in
/// browsers and slide tools) and poppler (`pdftoppm`, as in PDF viewers) must draw
/// what our PNG shows, within a root mean square difference of `tolerance` of the
/// channel range (anti-aliased text differs by up to about 0.016 between renderers).
/// Each check is skipped, and reported so with its reason, when its program is not
/// installed (`Scripts/setup --clients` installs them all). The gallery in a browser (Chromium)
/// needs the built `unplugged build` and is checked by `Scripts/check-clients` only.
@Suite("Other programs read our files")
struct ClientTests {
    static let tolerance = 0.03

    /// Small figures with every kind of thing we draw: fills, outlines, text, balls.
    static let scenes: [(String, Scene)] = {
        let measurer = PangoMeasurer()
        let lesson = BuiltInLesson.vocabulary
        let words = Vocabulary(words: ["cat", "sat"], endToken: "<end>")
        let shape = BinShape(frame: Rect(x: 10, y: 10, width: 140, height: 140))
        let bin = DrawnBin(context: ["blue"], balls: [.word("purple"), .word("green"), .word("white"), .word("pink")], isFocused: true, newBall: 3)
        return [
            ("sticky-blue", StickyFigure.scene(for: "blue", in: lesson, measurer: measurer)),
            ("sticky-white", StickyFigure.scene(for: "white", in: lesson, measurer: measurer)),
            ("sticky-cat-dark", StickyFigure.scene(for: "cat", in: words, theme: .dark, measurer: measurer)),
            ("sticky-end", StickyFigure.scene(for: "<end>", in: words, measurer: measurer)),
            ("bin-blue", Scene(size: Size(width: 160, height: 160), title: "A bin", description: "The blue bin.",
                               nodes: [bin.node(in: shape, radius: 12, vocabulary: lesson,
                                                marks: WordMarks(vocabulary: lesson, theme: .light),
                                                theme: .light, measurer: measurer)])),
        ]
    }()

    static let names = scenes.map(\.0)

    @Test("every SVG is well-formed XML to xmllint", Client.needed("xmllint"), arguments: names)
    func xmllint(name: String) throws {
        let folder = try files(of: name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Client.run("xmllint", ["--noout", folder.appendingPathComponent("\(name).svg").path])
        #expect(run.status == 0, "\(run.error)")
    }

    @Test("every SVG drawn by librsvg looks like our PNG", Client.needed("rsvg-convert"), arguments: names)
    func librsvg(name: String) throws {
        let folder = try files(of: name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ours = try #require(DecodedPNG(Array(Data(contentsOf: folder.appendingPathComponent("\(name).png")))))
        let drawn = folder.appendingPathComponent("rsvg.png")
        let run = try Client.run("rsvg-convert", ["--width", "\(ours.width)", "--height", "\(ours.height)",
                                                  folder.appendingPathComponent("\(name).svg").path, "-o", drawn.path])
        #expect(run.status == 0, "\(run.error)")
        try expectClose(ours, drawn)
    }

    @Test("every PDF drawn by poppler looks like our PNG", Client.needed("pdftoppm"), arguments: names)
    func poppler(name: String) throws {
        let folder = try files(of: name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ours = try #require(DecodedPNG(Array(Data(contentsOf: folder.appendingPathComponent("\(name).png")))))
        let run = try Client.run("pdftoppm", ["-png", "-singlefile", "-scale-to-x", "\(ours.width)", "-scale-to-y", "\(ours.height)",
                                              folder.appendingPathComponent("\(name).pdf").path,
                                              folder.appendingPathComponent("poppler").path])
        #expect(run.status == 0, "\(run.error)")
        try expectClose(ours, folder.appendingPathComponent("poppler.png"))
    }

    /// A new folder with the scene `name` as `name.svg`, `.png` (scale 1) and `.pdf`.
    private func files(of name: String) throws -> URL {
        let scene = try #require(Self.scenes.first { $0.0 == name }?.1)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unplugged-clients-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let renderer = CairoRenderer()
        try Data(renderer.svg(scene)).write(to: folder.appendingPathComponent("\(name).svg"))
        try Data(renderer.png(scene, scale: 1)).write(to: folder.appendingPathComponent("\(name).png"))
        try Data(renderer.pdf([scene])).write(to: folder.appendingPathComponent("\(name).pdf"))
        return folder
    }

    private func expectClose(_ ours: DecodedPNG, _ theirs: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let drawn = try #require(DecodedPNG(Array(Data(contentsOf: theirs))), sourceLocation: sourceLocation)
        let difference = try #require(ours.rmsDifference(from: drawn),
                                      "sizes differ: ours \(ours.width)×\(ours.height), theirs \(drawn.width)×\(drawn.height)",
                                      sourceLocation: sourceLocation)
        #expect(difference / 255 <= Self.tolerance, "RMS difference \(difference / 255)", sourceLocation: sourceLocation)
    }
}

/// Another program, found on the PATH.
enum Client {
    /// Runs a test only where `name` is installed; elsewhere the test is reported as
    /// skipped, with the reason, rather than failing or passing without checking.
    static func needed(_ name: String) -> ConditionTrait {
        .enabled(if: path(of: name) != nil, "\(name) is not installed (Scripts/setup --clients installs it)")
    }

    static func path(of name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `name` with `arguments`; its exit status and standard error.
    static func run(_ name: String, _ arguments: [String]) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(of: name) ?? name)
        process.arguments = arguments
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }
}
