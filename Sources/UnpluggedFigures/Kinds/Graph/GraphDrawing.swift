import UnpluggedModel

/// A state diagram's parts as scene nodes: arrows (thinnest first, so a thick one is
/// not hidden under thin ones), then the stickies, then the chances on top so no
/// arrow hides one. Everything is moved by `shift`, so the diagram can be laid out
/// about any origin and then put inside the margin.
struct GraphDrawing {
    /// An arrow and the name a reader of the scene finds it by.
    struct NamedArrow {
        let name: String
        let arrow: BentArrow
    }

    /// A chance and the plate it is written on.
    struct Chance {
        let text: String
        let plate: Rect
    }

    let contexts: [Context]
    let layout: GraphLayout
    /// The contexts with an arrow to the end token: on a grid or in a flow each has its own end
    /// sticky; elsewhere the one end sticky is drawn when any has.
    let endingContexts: [Int]
    let arrows: [NamedArrow]
    let chances: [Chance]

    func nodes(shift: Point, vocabulary: Vocabulary, theme: Theme, measurer: some TextMeasuring) -> [Node] {
        let arrowNodes = arrows.map { named in
            let arrow = named.arrow
            return BentArrow(start: arrow.start + shift, control1: arrow.control1 + shift, control2: arrow.control2 + shift,
                             end: arrow.end + shift, color: arrow.color, width: arrow.width).node(named: named.name)
        }
        var stickies: [Node] = []
        for (context, frame) in zip(contexts, layout.frames) {
            stickies.append(contentsOf: Self.stickies(of: context.words, in: frame.moved(by: shift), vocabulary: vocabulary,
                                                      theme: theme, measurer: measurer))
        }
        let endFrames = layout.sharedEnd.map { endingContexts.isEmpty ? [] : [$0] } ?? endingContexts.map { layout.endFrames[$0] }
        for frame in endFrames {
            stickies.append(contentsOf: Self.stickies(of: [vocabulary.endToken], in: frame.moved(by: shift),
                                                      vocabulary: vocabulary, theme: theme, measurer: measurer))
        }
        let labels = chances.map { chance in
            Self.label(chance.text, on: chance.plate.moved(by: shift), font: ChanceLabels.font, theme: theme,
                       measurer: measurer)
        }
        return [.group(Group("arrows", children: arrowNodes)), .group(Group("states", children: stickies)),
                .group(Group("chances", children: labels))]
    }

    /// A context's stickies side by side, filling `frame`'s height.
    static func stickies(of words: [String], in frame: Rect, vocabulary: Vocabulary, theme: Theme,
                         measurer: some TextMeasuring) -> [Node] {
        var x = frame.minX
        return words.map { word in
            let sticky = Sticky(word: word, vocabulary: vocabulary)
            let width = sticky.width(forHeight: frame.height, theme: theme, measurer: measurer)
            defer { x += width + GraphLayout.stickyGap }
            return sticky.node(in: Rect(x: x, y: frame.minY, width: width, height: frame.height), theme: theme,
                               measurer: measurer)
        }
    }

    /// A chance on a small plate of the background, readable over the arrows.
    static func label(_ text: String, on plate: Rect, font: Font, theme: Theme, measurer: some TextMeasuring) -> Node {
        let metrics = measurer.measure(text, font: font)
        var fill = theme.background ?? .white
        fill.alpha = 0.9
        return .group(Group("chance \(text)", children: [
            .rectangle(plate, cornerRadius: plate.height / 2, style: Style(fill: fill, stroke: Stroke(theme.previous, width: 0.75))),
            .text(TextRun(text, font: font, color: theme.ink,
                          frame: Rect(x: plate.minX + 4, y: plate.minY + 1, width: metrics.width, height: metrics.height))),
        ]))
    }
}

extension Rect {
    /// The same rectangle moved by `offset`.
    func moved(by offset: Point) -> Rect {
        Rect(x: minX + offset.x, y: minY + offset.y, width: width, height: height)
    }
}
