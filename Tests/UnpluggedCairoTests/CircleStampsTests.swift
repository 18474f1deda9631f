import Foundation
import Testing
@testable import UnpluggedCairo
import UnpluggedFigures

/// Balls as the lesson draws them: rows at positions that fall anywhere within a
/// pixel, in a few colours with darker outlines, and one end-token ball (white, grey outline).
private func ballsScene(background: Color? = .white) -> Scene {
    let colours = ["#8e7cc3", "#4a86e8", "#00ff00", "#ff00ff"].map { Color(hex: $0) }
    var balls: [Node] = (0..<36).map { index in
        let colour = colours[index % colours.count]
        let center = Point(x: 14.3 + Double(index % 9) * 17.37, y: 14.9 + Double(index / 9) * 15.04)
        return .circle(center: center, radius: 8, style: Style(fill: colour, stroke: Stroke(colour.darkened(by: 0.25), width: 0.8)))
    }
    balls.append(.circle(center: Point(x: 170.55, y: 80.2), radius: 8,
                         style: Style(fill: .white, stroke: Stroke(Color(hex: "#8c8c8c"), width: 1.3))))
    return Scene(size: Size(width: 190, height: 95), background: background, title: "Balls",
                 description: "Thirty-seven balls.", nodes: balls)
}

@Suite("Circles drawn once and stamped")
struct CircleStampsTests {
    @Test("a stamped PNG has the pixels of one drawn circle by circle, to within rounding",
          arguments: [Color.white, nil], [1.0, 2.0, 3.0])
    func pngMatchesDrawingInPlace(background: Color?, scale: Double) throws {
        let scene = ballsScene(background: background)
        let stamped = try #require(DecodedPNG(try CairoRenderer().png(scene, scale: scale)))
        let inPlace = try #require(DecodedPNG(try CairoRenderer(stampingCircles: false).png(scene, scale: scale)))
        #expect(stamped.width == inPlace.width && stamped.height == inPlace.height)
        var largest: UInt32 = 0
        for (a, b) in zip(stamped.pixels, inPlace.pixels) {
            for shift: UInt32 in [0, 8, 16, 24] {
                let (x, y) = ((a >> shift) & 0xff, (b >> shift) & 0xff)
                largest = max(largest, x > y ? x - y : y - x)
            }
        }
        #expect(largest <= 2, "a channel differs by \(largest)")
        // Not a blank image that would match anything: the balls are there.
        #expect(stamped.hex(x: Int(14.3 * scale), y: Int(14.9 * scale)) == "#8e7cc3")
    }

    @Test("the same scene gives the same PNG bytes with the stamps drawn or already kept")
    func pngRepeatable() throws {
        let scene = ballsScene()
        let first = try CairoRenderer().png(scene, scale: 2.5)
        #expect(try CairoRenderer().png(scene, scale: 2.5) == first)
    }

    @Test("a PDF writes each kind of ball once, as a form, and refers to it for every ball")
    func pdfWritesEachBallOnce() throws {
        let pdf = String(decoding: try CairoRenderer().pdf([ballsScene()]), as: UTF8.self)
        // Four colours and the end token: five circles drawn, each placed where its balls are.
        #expect(pdf.components(separatedBy: "/Subtype /Form").count - 1 == 5)
    }

    @Test("an SVG draws every ball in place: Cairo's SVG writer would keep what a figure stamps as long as the process runs")
    func svgDrawsBallsInPlace() throws {
        let svg = String(decoding: try CairoRenderer().svg(ballsScene()), as: UTF8.self)
        #expect(svg.components(separatedBy: "<path").count - 1 == 37)
        #expect(!svg.contains("xlink:href=\"#surface"))
    }

    @Test("balls are kept as images at any scale a figure is drawn at; a large circle is drawn in place")
    func whichCirclesAreKept() {
        let outlined = Style(fill: .white, stroke: Stroke(.black, width: 1.3))
        #expect(CircleStamps.keepsImage(radius: 8, style: outlined, scale: 2))
        #expect(CircleStamps.keepsImage(radius: 8, style: outlined, scale: 12))
        #expect(!CircleStamps.keepsImage(radius: 120, style: outlined, scale: 2))
    }
}
