import CCairo
import UnpluggedCairo
import UnpluggedFigures

/// The reference lesson's figures, as `Scripts/bench-lesson` builds them: the five
/// stickies and the bins of the pretrained model, the bins of the context-2 model, the
/// training demo and a generation from the prompt blue with seed 2 (26 figures).
/// Read from `Figures/`, relative to the working folder (the repository's root).
enum LessonSet {
    static func scenes() throws -> [Scene] {
        let pretrained = "Figures/lesson/init.csv"
        var generation = FigureRequest(kind: .generation, input: pretrained)
        generation.options.prompt = ["blue"]
        generation.options.seed = 2
        let requests = [
            FigureRequest(kind: .stickies, input: pretrained),
            FigureRequest(kind: .bins, input: pretrained),
            FigureRequest(kind: .bins, input: "Figures/context-two/context_two.csv"),
            FigureRequest(kind: .training, input: "Figures/lesson/documents.txt"),
            generation,
        ]
        let measurer = PangoMeasurer()
        return try requests.flatMap { try $0.figures(measurer: measurer).map(\.scene) }
    }
}
