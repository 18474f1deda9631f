/// The forms of option a declaration takes — flags, values, choices, lists — each
/// reading the given text with one of `OptionText`'s checks, so every option of one
/// form says the same things about a bad value on the command line and in a manifest.
extension OptionDeclaration {
    /// A flag: `--shade`; `shade: true`.
    public static func flag(_ name: String, help: String, kinds: Set<Kind>, isManifestDefault: Bool = false,
                            needs: InputNeed = .any, _ path: WritableKeyPath<Root, Bool> & Sendable) -> Self {
        Self(name, shape: .flag(hasInversion: false), help: help, kinds: kinds, isManifestDefault: isManifestDefault,
             needs: needs) { root, given throws(OptionProblem) in
            root[keyPath: path] = try OptionText.boolean(given)
        }
    }

    /// A flag that overrides a setting of the input (`--lowercase`, `--no-lowercase`),
    /// unset when not given.
    public static func flag(_ name: String, help: String, kinds: Set<Kind>, needs: InputNeed = .any,
                            _ path: WritableKeyPath<Root, Bool?> & Sendable) -> Self {
        Self(name, shape: .flag(hasInversion: true), help: help, kinds: kinds, needs: needs) { root, given throws(OptionProblem) in
            root[keyPath: path] = try OptionText.boolean(given)
        }
    }

    /// A value read from its text by `read`.
    public static func value<Value>(_ name: String, help: String, valueName: String, defaultDescription: String? = nil,
                                    kinds: Set<Kind>, isManifestDefault: Bool = false, needs: InputNeed = .any,
                                    _ path: WritableKeyPath<Root, Value> & Sendable,
                                    read: @escaping @Sendable (String) throws(OptionProblem) -> Value) -> Self {
        Self(name, shape: .value, help: help, valueName: valueName, defaultDescription: defaultDescription, kinds: kinds,
             isManifestDefault: isManifestDefault, needs: needs) { root, given throws(OptionProblem) in
            root[keyPath: path] = try read(OptionText.single(given))
        }
    }

    /// One of an enumeration's cases, by its raw value.
    public static func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ name: String, help: String, kinds: Set<Kind>, isManifestDefault: Bool = false, needs: InputNeed = .any,
        _ path: WritableKeyPath<Root, Value> & Sendable, defaultValue: Value? = nil
    ) -> Self where Value.RawValue == String {
        Self(name, shape: .value, help: help, valueName: name, choices: Value.allCases.map(\.rawValue),
             defaultDescription: (defaultValue ?? Value.allCases.first)?.rawValue, kinds: kinds,
             isManifestDefault: isManifestDefault, needs: needs) { root, given throws(OptionProblem) in
            root[keyPath: path] = try OptionText.choice(OptionText.single(given), of: name)
        }
    }

    /// One of an enumeration's cases that overrides a setting of the input, unset when
    /// not given.
    public static func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ name: String, help: String, kinds: Set<Kind>, needs: InputNeed = .any, _ path: WritableKeyPath<Root, Value?> & Sendable
    ) -> Self where Value.RawValue == String {
        Self(name, shape: .value, help: help, valueName: name, choices: Value.allCases.map(\.rawValue), kinds: kinds,
             needs: needs) { root, given throws(OptionProblem) in
            root[keyPath: path] = try OptionText.choice(OptionText.single(given), of: name) as Value
        }
    }

    /// A list, each item read by `read`: `--prompt blue,green`; `prompt: [blue, green]`.
    public static func list<Item>(_ name: String, help: String, valueName: String, choices: [String] = [],
                                  defaultDescription: String? = nil, kinds: Set<Kind>, isManifestDefault: Bool = false,
                                  _ path: WritableKeyPath<Root, [Item]> & Sendable,
                                  read: @escaping @Sendable ([String]) throws(OptionProblem) -> [Item]) -> Self {
        Self(name, shape: .list, help: help, valueName: valueName, choices: choices, defaultDescription: defaultDescription,
             kinds: kinds, isManifestDefault: isManifestDefault) { root, given throws(OptionProblem) in
            root[keyPath: path] = try read(OptionText.items(given))
        }
    }
}
