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

    static let contextTwoCSV = """
        ,,purple,blue,green,pink,white
        purple,purple,2,10,0,6,7
        purple,blue,7,6,24,11,15
        purple,green,3,6,3,4,4
        purple,pink,25,7,4,8,21
        blue,purple,2,3,2,10,3
        blue,blue,0,1,11,1,5
        blue,green,7,16,16,24,14
        blue,pink,10,3,4,3,12
        green,purple,5,5,2,4,8
        green,blue,4,0,15,7,14
        green,green,5,8,13,19,12
        green,pink,26,3,5,4,23
        pink,purple,6,30,10,28,22
        pink,blue,4,4,4,4,5
        pink,green,3,2,5,6,3
        pink,pink,9,3,1,0,7

        """
}
