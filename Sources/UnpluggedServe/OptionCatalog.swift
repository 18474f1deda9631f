import Foundation
import Hummingbird
import UnpluggedFigures

/// `GET /api/options`: every kind and every option, as JSON, made from the same
/// declarations as `render --help` and the manifest's keys; the page's script builds
/// its controls from it, so a new option appears on the page when it is declared.
enum OptionCatalog {
    struct Catalog: Encodable {
        /// The kinds the server draws, in the command line's order.
        var kinds: [KindEntry]
        /// Every option a render request takes, in declaration order.
        var options: [OptionEntry]
        /// The names of the options that say how documents are read, for the page's
        /// first group of controls.
        var reading: [String]
    }

    struct KindEntry: Encodable {
        var name: String
        /// Whether its figures are frames of a sequence (training, generation).
        var isSequence: Bool
        /// The format the page shows it in: svg, or pdf for the handout.
        var format: String
    }

    struct OptionEntry: Encodable {
        var name: String
        /// flag (true or false), value (one), or list (comma-separated).
        var shape: String
        /// A flag that overrides what the documents' front matter says, so it is
        /// either side or unset (`lowercase`), not simply on or off.
        var overridesInput: Bool
        var help: String
        var valueName: String
        var choices: [String]
        var defaultValue: String?
        /// The kinds it shapes, by name; a request for another kind refuses it.
        var kinds: [String]
    }

    static let catalog = Catalog(
        kinds: FigureAddress.kinds.map { KindEntry(name: $0.name, isSequence: $0.isSequence, format: $0 == .handout ? "pdf" : "svg") },
        options: Settings.options.filter { !QueryOptions.answeredByTheRoute.contains($0.name) }.map { option in
            let shape = switch option.shape {
            case .flag: "flag"
            case .value: "value"
            case .list: "list"
            }
            return OptionEntry(name: option.name, shape: shape, overridesInput: option.shape == .flag(hasInversion: true), help: option.help, valueName: option.valueName,
                               choices: option.choices, defaultValue: option.defaultDescription,
                               kinds: FigureAddress.kinds.filter(option.kinds.contains).map(\.name))
        },
        reading: Settings.readingOptions.map(\.name)
    )

    /// The catalog as JSON, keys sorted so that it is the same bytes on every run.
    static let json: [UInt8] = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try! encoder.encode(catalog))
    }()

    static var response: Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: json)))
    }
}
