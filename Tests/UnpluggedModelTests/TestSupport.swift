import Foundation
import Testing
@testable import UnpluggedModel

/// Text in memory as an input named `name`.
func input(_ text: String, name: String = "lesson.txt") -> InputText {
    InputText(name: name, text: text)
}

/// Bytes in memory as an input named `name`.
func input(bytes: [UInt8], name: String = "lesson.txt") -> InputText {
    InputText(name: name, bytes: bytes)
}

/// A model's counts by words, independent of vocabulary and bin order:
/// "context words → next word" to count.
func countsByWords(_ model: Model) -> [String: Int] {
    var counts: [String: Int] = [:]
    for bin in model.bins {
        for ball in bin.counts { counts["\(bin.context) → \(ball.word)"] = ball.count }
    }
    return counts
}

/// The error `body` throws, as an `InputError`; records an issue when it throws none
/// or another kind.
func inputError(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> InputError? {
    do {
        try body()
        Issue.record("expected an InputError", sourceLocation: sourceLocation)
    } catch let error as InputError {
        return error
    } catch {
        Issue.record("expected an InputError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// A new file in a temporary folder holding `text`; returns its path.
func temporaryFile(_ text: String, name: String = "lesson.txt") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unplugged-model-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return file.path
}

/// The lesson's reference tables, as the lesson's files hold them (no final newline).
enum ReferenceTables {
    static let initCSV = ",purple,blue,green,pink,white\npurple,1,3,1,3,2\nblue,1,1,4,2,2\ngreen,2,2,2,3,1\npink,4,1,1,1,3"

    /// The lesson's `context_two.csv`, kept once for every test target in Tests/Fixtures.
    static let contextTwoCSV = try! String(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/context_two.csv"),
        encoding: .utf8)
}
