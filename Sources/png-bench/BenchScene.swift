import UnpluggedFigures

/// A frame shaped like the lesson's training frames, so the benchmark measures the
/// pixels we really encode: flat fills, antialiased edges, a soft shadow and text.
/// A 690 × 340 pt canvas with six stickies, four bins of ten balls and two arrows.
enum BenchScene {
    static func scene(background: Color? = .white) -> Scene {
        Scene(size: Size(width: 690, height: 340), background: background,
              title: "Benchmark frame", description: "Six stickies, four bins of balls, two arrows.",
              nodes: stickies + bins + arrows + [caption])
    }

    private static let palette = ["#8e7cc3", "#4a86e8", "#00ff00", "#ff00ff", "#eeeeee"].map { Color(hex: $0) }
    private static let ink = Color(hex: "#262626")
    private static let shadow = Color(red: 0, green: 0, blue: 0, alpha: 0.14)

    private static var stickies: [Node] {
        (0..<6).map { index in
            let color = palette[index % palette.count]
            let frame = Rect(x: 20 + Double(index) * 110, y: 16, width: 100, height: 60)
            var shadowed = frame
            shadowed.origin.y += 2
            return .group(Group("sticky \(index)", children: [
                .rectangle(shadowed, cornerRadius: 3, style: Style(fill: shadow)),
                .rectangle(frame, cornerRadius: 3, style: Style(fill: color, stroke: Stroke(color.darkened(by: 0.18)))),
            ]))
        }
    }

    private static var bins: [Node] {
        (0..<4).map { bin in
            let left = 25 + Double(bin) * 165
            let outline = Path.polygon([
                Point(x: left, y: 150), Point(x: left + 150, y: 150),
                Point(x: left + 130, y: 320), Point(x: left + 20, y: 320),
            ])
            let balls: [Node] = (0..<10).map { ball in
                let color = palette[(bin + ball) % palette.count]
                let center = Point(x: left + 42 + Double(ball % 4) * 22, y: 300 - Double(ball / 4) * 22)
                return .circle(center: center, radius: 10,
                               style: Style(fill: color, stroke: Stroke(color.darkened(by: 0.3), width: 1.5)))
            }
            let label = Node.text(TextRun("after \(bin)", font: Font(size: 12), color: ink,
                                          frame: Rect(x: left + 45, y: 128, width: 60, height: 16)))
            return .group(Group("bin \(bin)", children: [
                .path(outline, style: Style(fill: Color(hex: "#e6e6e6"), stroke: Stroke(Color(hex: "#333333"), width: 2))),
                label,
            ] + balls))
        }
    }

    private static var arrows: [Node] {
        [(70.0, 100.0), (290.0, 430.0)].map { start, end in
            var curve = Path()
            curve.move(to: Point(x: start, y: 82))
            curve.curve(to: Point(x: end, y: 145), control1: Point(x: start, y: 130), control2: Point(x: end, y: 100))
            return .path(curve, style: Style(stroke: Stroke(ink, width: 3)))
        }
    }

    private static var caption: Node {
        .text(TextRun("Step 3 of 6: after blue comes purple, so a purple ball goes into the blue bin.",
                      font: Font(size: 14, weight: .bold), color: ink,
                      frame: Rect(x: 20, y: 92, width: 600, height: 18)))
    }
}
