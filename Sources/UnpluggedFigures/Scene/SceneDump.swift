import Foundation

extension Scene {
    /// The scene as text, one node a line, coordinates rounded to a tenth of a point.
    ///
    /// Snapshot tests compare this dump, so a layout change shows up as a readable
    /// diff without rendering a pixel; `unplugged render --dump` prints it too.
    public func dump() -> String {
        var lines = [
            "scene \(tenths(size.width))x\(tenths(size.height)) background \(background?.dumped ?? "none")",
            "title \(quoted(title))",
            "desc \(quoted(description))",
        ]
        for node in nodes { dump(node, depth: 0, into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func dump(_ node: Node, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        switch node {
        case .rectangle(let rect, let cornerRadius, let style):
            let corner = cornerRadius == 0 ? "" : " r\(tenths(cornerRadius))"
            lines.append("\(indent)rect \(format(rect))\(corner)\(describe(style))")
        case .circle(let center, let radius, let style):
            lines.append("\(indent)circle \(format(center)) r\(tenths(radius))\(describe(style))")
        case .path(let path, let style):
            lines.append("\(indent)path \(describe(path))\(describe(style))")
        case .text(let run):
            let weight = run.font.weight == .regular ? "" : " \(run.font.weight.rawValue)"
            lines.append("\(indent)text \(quoted(run.text)) \(format(run.frame)) "
                + "font \(quoted(run.font.family)) \(tenths(run.font.size))\(weight) color \(run.color.dumped)")
        case .group(let group):
            let opacity = group.opacity == 1 ? "" : " opacity \(tenths(group.opacity))"
            lines.append("\(indent)group \(group.name)\(opacity)")
            for child in group.children { dump(child, depth: depth + 1, into: &lines) }
        }
    }

    private func describe(_ style: Style) -> String {
        var text = ""
        if let fill = style.fill { text += " fill \(fill.dumped)" }
        if let stroke = style.stroke {
            text += " stroke \(stroke.color.dumped) w\(tenths(stroke.width))"
            if !stroke.dash.isEmpty { text += " dash \(stroke.dash.map(tenths).joined(separator: ","))" }
        }
        return text
    }

    private func describe(_ path: Path) -> String {
        path.elements.map { element in
            switch element {
            case .move(let point): "M\(format(point))"
            case .line(let point): "L\(format(point))"
            case .curve(let point, let control1, let control2):
                "C\(format(control1)) \(format(control2)) \(format(point))"
            case .close: "Z"
            }
        }.joined(separator: " ")
    }

    private func format(_ rect: Rect) -> String {
        "\(format(rect.origin)) \(tenths(rect.width))x\(tenths(rect.height))"
    }

    private func format(_ point: Point) -> String { "\(tenths(point.x)),\(tenths(point.y))" }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}

/// A number rounded to a tenth, written without a trailing ".0" and never as "-0".
func tenths(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    if tenths == 0 { return "0" }
    let whole = Int(tenths) / 10, fraction = abs(Int(tenths) % 10)
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
}

extension Color {
    /// `#rrggbb`, with the opacity appended when it is not 1.
    var dumped: String { alpha == 1 ? hex : "\(hex)@\(tenths(alpha))" }
}
