import CCairo
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// The reference lesson's figures, as `Scripts/bench-lesson` builds them: the five
/// stickies and the bins of the pretrained model, the bins of the context-2 model, the
/// training demo and a generation from the prompt blue with seed 2 (26 figures).
/// Read from `Figures/`, relative to the working folder (the repository's root).
enum LessonSet {
    static func scenes() throws -> [Scene] {
        let pretrained = "Figures/lesson/init.csv"
        var generation = FigureRequest(kind: .generation)
        generation.options.prompt = ["blue"]
        generation.options.seed = 2
        let requests: [(FigureRequest, String)] = [
            (FigureRequest(kind: .stickies), pretrained),
            (FigureRequest(kind: .bins), pretrained),
            (FigureRequest(kind: .bins), "Figures/context-two/context_two.csv"),
            (FigureRequest(kind: .training), "Figures/lesson/documents.txt"),
            (generation, pretrained),
        ]
        let measurer = PangoMeasurer()
        return try requests.flatMap { request, input in
            let lesson = try Kind.figures(request.kind).load(input, reading: InputReading())
            return try request.figures(of: lesson, measurer: measurer).map(\.scene)
        }
    }
}
