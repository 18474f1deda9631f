import UnpluggedFigures
import UnpluggedModel

/// An entry's figures as build lists and renders them: what each figure is called
/// and says, and the name of each of its files, in the order their jobs were added.
struct EntryFigures {
    var summaries: [FigureSummary]
    var fileNames: [String]

    /// Loads the entry's input, lays out its figures and feeds a job for each of their
    /// files to `queue` as each figure is made: the one place build turns a manifest
    /// entry into figures. Only the summaries and file names are kept, so a sequence's
    /// scenes go once they are drawn. Words are marked as `marks` say: the manifest's.
    init<Output>(_ entry: Manifest.Entry, marks: LessonMarks, measurer: some TextMeasuring,
                 feeding queue: RenderQueue<Output>) throws {
        var jobs = FigureJobs(formats: entry.formats, scale: entry.scale, animation: entry.settings.animation(of: entry.kind))
        var summaries: [FigureSummary] = []
        var fileNames: [String] = []
        func feed(_ newJobs: [RenderJob]) {
            fileNames += newJobs.map(\.fileName)
            queue.feed(newJobs)
        }
        let handout = try entry.draw(measurer: measurer, marks: marks) { figure in
            summaries.append(FigureSummary(name: figure.name, title: figure.scene.title, description: figure.scene.description))
            feed(jobs.jobs(for: figure))
        }
        if let handout {
            summaries = [FigureSummary(name: handout.name, title: handout.caption, description: handout.description)]
            feed([RenderJob.job(for: handout)])
        } else {
            feed(jobs.lastJobs())
        }
        self.summaries = summaries
        self.fileNames = fileNames
    }
}
