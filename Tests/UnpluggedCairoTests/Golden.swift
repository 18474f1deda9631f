import CCairo
import Foundation
import GoldenRecording
import Testing
import TestFonts
import UnpluggedCairo
import UnpluggedFigures

/// Expects `scene`, drawn as a PNG at `scale`, to look like the stored golden image
/// `Tests/UnpluggedCairoTests/Goldens/<name>.png`: the root mean square difference of
/// their channels (0...255, premultiplied ARGB) is at most `tolerance`.
///
/// The default tolerance, 1.5, lets anti-aliasing differ between Cairo and FreeType
/// versions, and catches a moved edge, a wrong colour or a missing glyph. On a
/// failure, `.test-output/goldens/<name>-expected.png`, `-actual.png` and `-diff.png`
/// (differing pixels red over a faded copy of the golden) show what changed.
///
/// Only a run that asks for it writes the golden from the scene instead
/// (`GoldenRecording`: `UNPLUGGED_RECORD_GOLDENS=all`, or the golden's name), and
/// then it writes the same three images of each golden it changes, to review.
func expectMatchesGolden(_ scene: Scene, named name: String, scale: Double = 1, tolerance: Double = 1.5,
                         sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(unplugged_test_fonts_configuration().map { String(cString: $0) }?.hasSuffix("fonts.conf") == true,
            "fonts are not pinned: FONTCONFIG_FILE should name Tests/Fonts/fonts.conf", sourceLocation: sourceLocation)
    let actualBytes = try CairoRenderer().png(scene, scale: scale)
    let golden = Goldens.folder.appendingPathComponent("\(name).png")
    let old = FileManager.default.contents(atPath: golden.path)
    if GoldenRecording().records(name) {
        try record(actualBytes, over: old.map(Array.init), at: golden, named: name)
        return
    }
    guard let expectedData = old else {
        Issue.record("no golden image \(golden.path); record it with Scripts/record-goldens \(name)",
                     sourceLocation: sourceLocation)
        return
    }
    let expected = try #require(DecodedPNG(Array(expectedData)), "\(golden.path) is not a PNG", sourceLocation: sourceLocation)
    let actual = try #require(DecodedPNG(actualBytes), "the renderer's PNG does not decode", sourceLocation: sourceLocation)
    let difference = expected.rmsDifference(from: actual)
    if let difference, difference <= tolerance { return }
    let written = try GoldenRecording.writeChange(named: name, files: [
        ("expected.png", Array(expectedData)), ("actual.png", actualBytes), ("diff.png", try expected.diffImage(against: actual)),
    ])
    let what = difference.map { "differs from its golden by RMS \(String(format: "%.3f", $0)) (tolerance \(tolerance))" }
        ?? "is \(actual.width)×\(actual.height) pixels, its golden \(expected.width)×\(expected.height)"
    Issue.record("\(name) \(what); see \(written.joined(separator: ", ")); if the change is intended, re-record with Scripts/record-goldens \(name)",
                 sourceLocation: sourceLocation)
}

/// Writes `actual` as the golden at `path`, and, when it changes the golden `old`,
/// its expected, actual and diff images beside a failure's, to review before committing.
private func record(_ actual: [UInt8], over old: [UInt8]?, at path: URL, named name: String) throws {
    if let old, let expected = DecodedPNG(old), let drawn = DecodedPNG(actual),
       expected.rmsDifference(from: drawn) == 0 {
        return
    }
    try Data(actual).write(to: path)
    var files: [(suffix: String, bytes: [UInt8]?)] = [("actual.png", actual)]
    if let old, let expected = DecodedPNG(old), let drawn = DecodedPNG(actual) {
        files = [("expected.png", old), ("actual.png", actual), ("diff.png", try expected.diffImage(against: drawn))]
    }
    let written = try GoldenRecording.writeChange(named: name, files: files)
    print("recorded golden \(path.path) (\(old == nil ? "new" : "changed"); see \(written.joined(separator: ", ")))")
}

private enum Goldens {
    /// `Tests/UnpluggedCairoTests/Goldens`, beside this file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
}

extension DecodedPNG {
    /// The root mean square difference of the two images' channels, 0...255; nil when
    /// their sizes differ.
    func rmsDifference(from other: DecodedPNG) -> Double? {
        guard width == other.width, height == other.height else { return nil }
        var sum = 0.0
        for (a, b) in zip(pixels, other.pixels) {
            for shift in stride(from: 0, to: 32, by: 8) {
                let d = Double(Int((a >> UInt32(shift)) & 0xff) - Int((b >> UInt32(shift)) & 0xff))
                sum += d * d
            }
        }
        return (sum / Double(max(1, pixels.count * 4))).squareRoot()
    }

    /// A PNG that shows where `other` differs: red, stronger where it differs more,
    /// over a faded grey copy of this image; nil when the sizes differ.
    func diffImage(against other: DecodedPNG) throws -> [UInt8]? {
        guard width == other.width, height == other.height else { return nil }
        let surface = ImageSurface(CAIRO_FORMAT_ARGB32, width: width, height: height) { x, y in
            let a = pixels[y * width + x], b = other.pixels[y * width + x]
            var largest: UInt32 = 0
            for shift in stride(from: 0, to: 32, by: 8) {
                let ca = Int((a >> UInt32(shift)) & 0xff), cb = Int((b >> UInt32(shift)) & 0xff)
                largest = max(largest, UInt32(abs(ca - cb)))
            }
            if largest > 0 { return 0xff00_0000 | (min(255, 128 + largest) << 16) }
            let grey = 192 + (((a >> 16 & 0xff) + (a >> 8 & 0xff) + (a & 0xff)) / 3) / 4
            return 0xff00_0000 | grey << 16 | grey << 8 | grey
        }
        return try surface.png()
    }
}
