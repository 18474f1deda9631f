import UnpluggedFigures

/// The settings a manifest gives once at the top for every figure, and each figure may
/// give again for itself: how files are written, the seed, the theme, the context.
struct FigureDefaults {
    static let keys = ["formats", "scale", "seed", "theme", "transparent", "context"]

    var formats: [OutputFormat] = [.svg, .png]
    var scale = 2.0
    var seed: UInt64 = 1
    var themeName = ThemeName.light
    var transparent = false
    /// The words in a context to count documents with; nil for 1 or a table's own.
    var context: Int?

    /// The theme asked for, transparent when `transparent: true`.
    var theme: Theme {
        let base: Theme = themeName == .light ? .light : .dark
        return transparent ? base.transparent : base
    }

    /// Sets the setting `key` (one of `keys`) from its value.
    mutating func set(_ key: String, from value: ManifestValue) throws {
        switch key {
        case "formats":
            let items = if case .sequence = value.node { try value.sequence(what: "formats") } else { [value] }
            let chosen: [OutputFormat] = try items.map { try $0.choice(what: "format") }
            guard !chosen.isEmpty else {
                throw value.error("formats is an empty list", fix: "list one or more of svg, png, pdf")
            }
            formats = Set(chosen).sorted()
        case "scale": scale = try value.number(above: 0, atMost: 16)
        case "seed": seed = try value.seed()
        case "theme": themeName = try value.choice(what: "theme")
        case "transparent": transparent = try value.boolean()
        case "context": context = try value.integer(atLeast: 1)
        default: preconditionFailure("\(key) is not one of FigureDefaults.keys")
        }
    }

    /// The themes a manifest names.
    enum ThemeName: String, CaseIterable {
        case light, dark
    }
}
