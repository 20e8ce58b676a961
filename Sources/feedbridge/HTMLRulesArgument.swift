import FeedConfig
import FeedModel
import Foundation

/// The value of `parse --html-rules`: a file of rules when such a file exists, else the
/// name of a preset in the configuration file.
struct HTMLRulesArgument {
    let value: String
    let config: String

    init(_ value: String, config: String) {
        self.value = value
        self.config = config
    }

    /// A problem finding the rules; the description starts with `config:`.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The rules named or written.
    /// - Throws: `ConfigError` for a bad rules file or configuration, `Failure` for an unknown preset.
    func rules() throws -> HTMLRules {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: value, isDirectory: &isFolder), !isFolder.boolValue {
            let presets = (try? ConfigLoader.load(path: config).presets) ?? [:]
            return try ConfigLoader.loadHTMLRules(path: value, presets: presets)
        }
        guard FileManager.default.fileExists(atPath: config) else {
            throw Failure(description: "config: no rules file '\(value)', and no \(config) to find a preset of that name in")
        }
        let presets = try ConfigLoader.load(path: config).presets
        guard let rules = presets[value] else {
            let known = presets.keys.sorted().joined(separator: ", ")
            throw Failure(description: "config: unknown preset '\(value)' in \(config)" + (known.isEmpty ? "" : " (presets: \(known))"))
        }
        return rules
    }
}
