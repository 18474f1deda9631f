import Testing
import UnpluggedFigures
import UnpluggedModel

@Suite("Training and overview figures")
struct TrainingFigureTests {
    let measurer = LessonFixtures.measurer
    let trace = LessonFixtures.demoTrace

    var frames: [Figure] {
        TrainingFigure.figures(of: trace, named: "training-demo", options: FigureOptions(), measurer: measurer)
    }

    @Test("the reference document makes training-demo00 to training-demo09")
    func tenNumberedFrames() {
        #expect(frames.map(\.name) == (0...9).map { "training-demo0\($0)" })
    }

    @Test("even frames go to the bin of the context; odd frames drop the next word's ball into it")
    func framesMatchTheReference() throws {
        // The reference: green→blue, blue→purple, purple→blue, blue→pink, pink→white.
        let expected: [(bin: String, ball: String)] = [
            ("green", "blue"), ("blue", "purple"), ("purple", "blue"), ("blue", "pink"), ("pink", "white"),
        ]
        for (step, (bin, ball)) in expected.enumerated() {
            let going = frames[2 * step].scene, dropping = frames[2 * step + 1].scene
            #expect(going.focusedBins.map(\.name) == ["bin \(bin)"], "frame \(2 * step): the \(bin) bin is in focus")
            #expect(going.groups(prefixed: "new ball").isEmpty)
            #expect(dropping.focusedBins.map(\.name) == ["bin \(bin)"])
            let newBalls = dropping.groups(prefixed: "new ball").map(\.name)
            #expect(newBalls == ["new ball \(ball)"], "frame \(2 * step + 1)")
            #expect(dropping.group("bin \(bin)")?.groups.contains { $0.name == "new ball \(ball)" } == true)
        }
    }

    @Test("bins fill up: each frame holds the balls dropped before it")
    func binsAccumulate() {
        let ballCounts = frames.map { frame in frame.scene.groups(prefixed: "bin ").map(\.balls.count).reduce(0, +) }
        #expect(ballCounts == [0, 1, 1, 2, 2, 3, 3, 4, 4, 5])
    }

    @Test("a going frame has one dark arrow; a dropping frame a faded one and a dark one")
    func arrowsPerFrame() {
        let arrows = frames.map { $0.scene.groups(prefixed: "arrow ").count }
        #expect(arrows == [1, 2, 1, 2, 1, 2, 1, 2, 1, 2])
    }

    @Test("alt text tells each step in the lesson's words")
    func altText() {
        #expect(frames[2].scene.description == "Step 2 of 5: the context is blue, so we go to the blue bin.")
        #expect(frames[3].scene.description
            == "Step 2 of 5: after blue comes purple, so a purple ball goes into the blue bin.")
        #expect(frames[9].scene.description
            == "Step 5 of 5: after pink comes the end token, so a ball for the end token goes into the pink bin.")
    }

    @Test("frame k drawn alone is frame k of the sequence")
    func standaloneFrameIsTheSame() {
        var options = FigureOptions()
        for mode in FigureOptions.FramesPerStep.allCases {
            options.framesPerStep = mode
            let sequence = TrainingFigure.figures(of: trace, named: "t", options: options, measurer: measurer)
            for index in sequence.indices {
                #expect(TrainingFigure.frame(at: index, of: trace, named: "t", options: options, measurer: measurer)
                    == sequence[index])
            }
        }
    }

    @Test("one frame a step shows each drop, with both arrows")
    func oneFrameAStep() {
        var options = FigureOptions()
        options.framesPerStep = .one
        let single = TrainingFigure.figures(of: trace, named: "t", options: options, measurer: measurer)
        #expect(single.map(\.name) == ["t00", "t01", "t02", "t03", "t04"])
        for (index, frame) in single.enumerated() {
            #expect(frame.scene.nodes == frames[2 * index + 1].scene.nodes)
        }
    }

    @Test("frame numbers are as wide as the last one, at least two digits")
    func frameNumbers() {
        #expect(FrameNumbering.name("f", index: 3, count: 4) == "f03")
        #expect(FrameNumbering.name("f", index: 9, count: 10) == "f09")
        #expect(FrameNumbering.name("f", index: 7, count: 101) == "f007")
        #expect(FrameNumbering.name("f", index: 100, count: 101) == "f100")
    }

    @Test("context 2: each context word has its own arrow to its own label sticky")
    func contextTwoArrows() {
        let corpus = Corpus(documents: [["green", "blue", "purple", "blue", "pink"]], vocabulary: BuiltInLesson.vocabulary)
        let trace = TrainingTrace(corpus: corpus, contextLength: 2)
        let frames = TrainingFigure.figures(of: trace, named: "t", options: FigureOptions(), measurer: measurer)
        #expect(frames.count == 2 * 4)
        #expect(frames[0].scene.groups(prefixed: "arrow ").count == 2)
        #expect(frames[1].scene.groups(prefixed: "arrow ").count == 3)
        #expect(frames[0].scene.description == "Step 1 of 4: the context is green and blue, so we go to the green\u{2013}blue bin.")
        // Every context of two colours has a bin: 16, labelled with two stickies each.
        let bins = frames[0].scene.groups(prefixed: "bin ")
        #expect(bins.count == 16)
    }

    @Test("the overview draws every step's arrows over the trained bins")
    func overview() {
        let figure = OverviewFigure.figure(of: trace, named: "clean-train", options: FigureOptions(), measurer: measurer)
        #expect(figure.scene.groups(prefixed: "arrow ").count == 10)
        #expect(figure.scene.groups(prefixed: "bin ").map(\.balls.count).reduce(0, +) == 5)
        #expect(figure.scene.description.hasPrefix("Every step of training on green, blue, purple, blue and pink at once: 5 balls go into 4 bins."))
    }
}
