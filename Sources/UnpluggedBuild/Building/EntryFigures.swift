import UnpluggedFigures

/// An entry's figures as build lists and renders them: what each figure is called
/// and says, and a job for each of its files.
struct EntryFigures {
    var summaries: [FigureSummary]
    var jobs: [RenderJob]

    /// Loads the entry's input and lays out its figures: the one place build turns a
    /// manifest entry into figures.
    init(_ entry: Manifest.Entry, measurer: some TextMeasuring) throws {
        switch try entry.draw(measurer: measurer) {
        case .figures(let figures):
            summaries = figures.map { FigureSummary(name: $0.name, title: $0.scene.title, description: $0.scene.description) }
            jobs = RenderJob.jobs(for: figures, formats: entry.formats, scale: entry.scale,
                                  animation: entry.settings.animation(of: entry.kind))
        case .handout(let handout):
            summaries = [FigureSummary(name: handout.name, title: handout.caption, description: handout.description)]
            jobs = [RenderJob.job(for: handout)]
        }
    }
}
