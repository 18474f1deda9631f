import UnpluggedModel

/// A lesson frame on its canvas: the frame's layout, and notes under it.
///
/// Every figure with bins (bins, training, generation, overview) ends here, so they
/// share margins, notes and background.
struct LessonScene {
    let frame: LessonFrame
    let layout: LessonLayout
    let notes: FigureNotes

    /// Room between the last row of bins and the notes.
    static let notesGap = 4.0

    func scene(title: String, description: String, vocabulary: Vocabulary, theme: Theme,
               measurer: some TextMeasuring) -> Scene {
        let marks = frame.wordMarks(vocabulary: vocabulary, theme: theme, measurer: measurer)
        var nodes = frame.nodes(layout: layout, vocabulary: vocabulary, wordMarks: marks, theme: theme, measurer: measurer)
        // The legend is a note, so a slide that shows the figure shows its symbols too.
        let notes = FigureNotes(self.notes.lines + marks.legendLines(width: layout.size.width - 2 * LessonLayout.margin,
                                                                      font: FigureNotes.font, measurer: measurer))
        var size = layout.size
        if !notes.lines.isEmpty {
            let top = layout.size.height - LessonLayout.margin + LessonScene.notesGap
            nodes.append(notes.node(x: LessonLayout.margin, top: top, theme: theme, measurer: measurer))
            size.height = top + notes.height(measurer: measurer) + LessonLayout.margin
            size.width = max(size.width, notes.width(measurer: measurer) + 2 * LessonLayout.margin)
        }
        return Scene(size: size, background: theme.background, title: title, description: description, nodes: nodes)
    }
}
