// Fuzz target: the manifest reader (`unplugged build`'s figures.yml) on arbitrary
// bytes. It must return a manifest or throw an InputError with a place; a crash or a
// trap is a finding. Run by Scripts/fuzz.
import FuzzDriver
import UnpluggedBuild
import UnpluggedModel

@main
enum ManifestFuzzing {
    static func main() { runFuzzer(testOneInput) }

    static let testOneInput: FuzzTest = { data, size in
        // `unplugged build` reads only UTF-8 manifests (Manifest.load refuses others).
        guard let text = String(validating: fuzzBytes(data, size), as: UTF8.self) else { return 0 }
        do {
            _ = try Manifest.read(text: text, name: "fuzz/figures.yml")
        } catch let error as InputError {
            precondition(error.file == "fuzz/figures.yml", "the error names another file: \(error)")
            precondition(!error.problem.isEmpty && !error.fix.isEmpty, "the error does not say what and how: \(error)")
        } catch {
            preconditionFailure("not an InputError: \(error)")
        }
        return 0
    }
}
