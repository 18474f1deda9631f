import Foundation
import Synchronization
import Testing
import UnpluggedBuild
import UnpluggedFigures
import UnpluggedModel

/// A training sequence of many documents is written frame by frame: its scenes are
/// drawn and let go while the next are laid out, so a novel's thousands of frames never
/// all live at once, and the files are those of every frame made on its own.
@Suite("Streamed frames")
struct StreamedFramesTests {
    /// Forty documents of five words, about three hundred frames: far more than the
    /// cores and the queue's backlog.
    private static let documents: String = {
        let words = ["green", "blue", "purple", "pink", "orange"]
        return (0..<40).map { document in
            (0..<5).map { words[(document * 3 + $0 * ($0 + document)) % words.count] }.joined(separator: " ") + "\n"
        }.joined()
    }()

    private func lesson(in folder: BuildFolder) throws -> Lesson {
        try folder.write(Self.documents, to: "documents.txt")
        return try Lesson.load(folder.path("documents.txt"), keepingDocuments: true)
    }

    /// Every frame of the sequence, each made on its own (`TrainingFigure.frame(at:)`,
    /// not the stream), as the drawer makes it.
    private func framesMadeAlone(of lesson: Lesson) throws -> [Figure] {
        let corpus = try #require(lesson.corpus)
        let trace = TrainingTrace(corpus: corpus, contextLength: lesson.model.contextLength, startPadding: lesson.startPadding)
        return (0..<TrainingFigure.frameCount(of: trace, options: request.options)).map {
            TrainingFigure.frame(at: $0, of: trace, named: "training", options: request.options, measurer: FixedAdvanceMeasurer())
        }
    }

    private var request: FigureRequest {
        var options = FigureOptions()
        options.document = .all
        options.name = "training"
        return FigureRequest(kind: .training, options: options)
    }

    @Test("a long sequence keeps no more scenes alive than the queue's backlog and the cores drawing")
    func fewScenesAlive() throws {
        let folder = try BuildFolder(files: [:])
        let lesson = try lesson(in: folder)
        let drawer = CountingDrawer()
        let writer = FigureWriter(folder: folder.path("img"), formats: [.svg], scale: 1, drawer: drawer)
        let written = try writer.write { each in
            try request.forEachFigure(of: lesson, measurer: FixedAdvanceMeasurer()) { figure in
                drawer.made()
                try each(figure)
            }
        }
        let cores = max(ProcessInfo.processInfo.activeProcessorCount, 1)
        #expect(written.count > 2 * (RenderQueue<String>.backlog + cores + 1))
        // Made but not yet drawn, at the moment each scene is made: the one just made,
        // those waiting, and those being drawn. Made all first, it would be every frame.
        #expect(drawer.mostAlive <= RenderQueue<String>.backlog + cores + 1)
    }

    @Test("the files written are those of each frame made on its own, names and bytes, the GIF of them all last")
    func sameFiles() throws {
        let folder = try BuildFolder(files: [:])
        let lesson = try lesson(in: folder)
        let frames = try framesMadeAlone(of: lesson)
        let animation = SequenceAnimation(name: "training", delay: 50)
        let drawer = DumpDrawer()
        var expected = try frames.flatMap { frame in
            try [OutputFormat.svg, .png].map { format in
                let job = RenderJob(fileName: "\(frame.name).\(format.rawValue)", pages: [frame.scene], format: format, scale: 2)
                return (name: job.fileName, bytes: try drawer.bytes(of: job))
            }
        }
        let gif = RenderJob(fileName: "training.gif", pages: frames.map(\.scene), format: .gif, scale: 2, delay: 50)
        expected.append((name: gif.fileName, bytes: try drawer.bytes(of: gif)))

        let writer = FigureWriter(folder: folder.path("img"), formats: [.svg, .png, .gif], scale: 2, animation: animation,
                                  drawer: DumpDrawer())
        let written = try writer.write { each in
            try request.forEachFigure(of: lesson, measurer: FixedAdvanceMeasurer(), each)
        }
        #expect(frames.last?.scene.description.hasPrefix("Document 40 of 40") == true)
        #expect(written.map { ($0 as NSString).lastPathComponent } == expected.map(\.name))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path("img")).sorted()
        #expect(names == expected.map(\.name).sorted())
        let differing = expected.filter { FileManager.default.contents(atPath: folder.path("img/\($0.name)")).map(Array.init) != $0.bytes }
        #expect(differing.map(\.name) == [])
    }

    @Test("a build records every frame of a long sequence, and writes each as it is when made on its own")
    func build() throws {
        let folder = try BuildFolder(files: ["documents.txt": Self.documents, "figures.yml": """
            output: img
            formats: [svg]
            inputs:
              documents: documents.txt
            figures:
              - kind: training
                input: documents
                name: training
                document: all

            """])
        let frames = try framesMadeAlone(of: try lesson(in: folder))
        #expect(frames.count == 400)
        try folder.build()
        let record = try BuildRecord.load(from: folder.path("img"), tool: "unplugged test")
        #expect(record.entries.first?.figures
                == frames.map { FigureSummary(name: $0.name, title: $0.scene.title, description: $0.scene.description) })
        #expect(record.entries.first?.files == frames.map { "\($0.name).svg" })
        let drawer = DumpDrawer()
        let differing = try frames.filter { frame in
            let job = RenderJob(fileName: "\(frame.name).svg", pages: [frame.scene], format: .svg, scale: 2)
            return FileManager.default.contents(atPath: folder.path("img/\(job.fileName)")).map(Array.init)
                != (try drawer.bytes(of: job))
        }
        #expect(differing.map(\.name) == [])
    }

    @Test("a frame that cannot be drawn leaves nothing written, not even the frames drawn before it")
    func failureWritesNothing() throws {
        let folder = try BuildFolder(files: [:])
        let lesson = try lesson(in: folder)
        let writer = FigureWriter(folder: folder.path("img"), formats: [.svg], scale: 1,
                                  drawer: DumpDrawer(failing: "training150.svg"))
        #expect(throws: DrawingFailed.self) {
            try writer.write { each in try request.forEachFigure(of: lesson, measurer: FixedAdvanceMeasurer(), each) }
        }
        #expect(!folder.exists("img"))
    }
}

/// A `DumpDrawer` that also counts the scenes made (told by the test, on the thread
/// that makes them) and the files drawn, and notes the most made but not yet drawn.
private final class CountingDrawer: FigureDrawer {
    private let dump = DumpDrawer()
    private let counts = Mutex((made: 0, drawn: 0, mostAlive: 0))

    var measurer: any TextMeasuring { dump.measurer }

    func made() {
        counts.withLock { counts in
            counts.made += 1
            counts.mostAlive = max(counts.mostAlive, counts.made - counts.drawn)
        }
    }

    func bytes(of job: RenderJob) throws -> [UInt8] {
        let bytes = try dump.bytes(of: job)
        counts.withLock { $0.drawn += 1 }
        return bytes
    }

    var mostAlive: Int { counts.withLock { $0.mostAlive } }
}
