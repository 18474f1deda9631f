// Fuzz target: the manifest reader (`unplugged build`'s figures.yml) on arbitrary
// bytes. It must return a manifest or throw an InputError with a place; a crash or a
// trap is a finding. Run by Scripts/fuzz.
import FuzzDriver
import UnpluggedBuild
import UnpluggedModel

@main
enum ManifestFuzzing {
    static func main() { runFuzzer(testOneInput) }

    static let names = ["fuzz/figures.yml", "figures.yml", "f", "d/f", "/f", "./f", "a b/ü.yml"]

    static let testOneInput: FuzzTest = { data, size in
        // `unplugged build` reads only UTF-8 manifests (Manifest.load refuses others).
        guard let text = String(validating: fuzzBytes(data, size), as: UTF8.self) else { return 0 }
        // The text's length picks the manifest's name, as paths resolve against it
        // (a one-letter name once trapped in Foundation).
        let name = names[size % names.count]
        do {
            _ = try Manifest.read(text: text, name: name)
        } catch let error as InputError {
            precondition(error.file == name, "the error names another file: \(error)")
            precondition(!error.problem.isEmpty && !error.fix.isEmpty, "the error does not say what and how: \(error)")
        } catch {
            preconditionFailure("not an InputError: \(error)")
        }
        return 0
    }
}
