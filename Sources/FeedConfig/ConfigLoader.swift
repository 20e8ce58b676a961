import Foundation
import Yams

/// Loads and validates `feeds.yaml`.
///
/// ```swift
/// do {
///     let config = try ConfigLoader.load(path: "feeds.yaml")
/// } catch let error as ConfigError {
///     print(error)   // feeds.yaml:12:5: unknown key 'intervall' in source; did you mean 'interval'?
/// }
/// ```
public enum ConfigLoader {
    /// Reads and validates a configuration file.
    /// - Parameter path: the file; problems are reported with this path as written.
    /// - Throws: ``ConfigError`` listing every problem (an unreadable file is one problem at 1:1).
    public static func load(path: String) throws(ConfigError) -> Configuration {
        try load(yaml: text(ofFile: path), file: path)
    }

    /// A file's text, or a problem at 1:1 naming why it cannot be read.
    static func text(ofFile path: String) throws(ConfigError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let problem = ConfigError.Problem(
                file: path, line: 1, column: 1, message: "cannot read the file as UTF-8 text: \(error.localizedDescription)"
            )
            throw ConfigError(problems: [problem])
        }
    }

    /// Validates a configuration given as text.
    /// - Parameters:
    ///   - yaml: the YAML text.
    ///   - file: the name used in problem locations, e.g. `feeds.yaml`.
    /// - Throws: ``ConfigError`` listing every problem, sorted by line and column.
    public static func load(yaml: String, file: String = "feeds.yaml") throws(ConfigError) -> Configuration {
        try read(yaml: yaml, file: file, expecting: "'city' and 'sources'") { root, reader in read(root, with: reader) }
    }

    /// Composes `yaml` and reads its root with `body`, collecting every problem: a YAML
    /// syntax error, an empty document (a mapping with `expecting` was wanted), and what
    /// `body` reports, sorted by line and column.
    static func read<Value>(
        yaml: String, file: String, expecting: String, _ body: (Node, ConfigReader) -> Value?
    ) throws(ConfigError) -> Value {
        let reader = ConfigReader(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            reader.reportSyntax(error)
            throw ConfigError(problems: reader.problems)
        }
        guard let root else {
            reader.report(line: 1, column: 1, "the file is empty: expected a mapping with \(expecting)")
            throw ConfigError(problems: reader.problems)
        }
        let value = body(root, reader)
        let problems = reader.problems.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
        guard let value, problems.isEmpty else { throw ConfigError(problems: problems) }
        return value
    }

    /// Reads every section, in dependency order (city, fetch, presets before sources).
    private static func read(_ root: Node, with reader: ConfigReader) -> Configuration? {
        guard let fields = reader.fields(root, in: "the file", allowed: ConfigReader.topLevelKeys) else { return nil }
        let city = reader.city(fields["city"], root: root)
        let output = reader.output(fields["output"])
        let server = reader.server(fields["server"])
        let store = reader.store(fields["store"])
        let retention = reader.retention(fields["retention"])
        let fetch = reader.fetch(fields["fetch"])
        let presets = reader.presets(fields["presets"])
        let defaults = ConfigReader.SourceDefaults(
            fetch: fetch,
            timezone: city?.timezone ?? Configuration.defaultTimeZone,
            presets: presets.rules, presetNames: presets.names
        )
        let sources = reader.sources(fields["sources"], root: root, defaults: defaults)
        let websub = reader.websub(fields["websub"])
        guard let city else { return nil }
        var configuration = Configuration(
            city: city, output: output, server: server, store: store, retention: retention, fetch: fetch,
            presets: presets.rules, sources: sources
        )
        configuration.websub = websub
        return configuration
    }
}

extension ConfigReader {
    /// Reports a YAML syntax error at its place.
    func reportSyntax(_ error: any Error) {
        switch error {
        case let YamlError.scanner(context, problem, mark, _),
             let YamlError.parser(context, problem, mark, _),
             let YamlError.composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text), " } ?? ""
            report(line: mark.line, column: mark.column, "YAML syntax error: \(prefix)\(problem)")
        case let YamlError.reader(problem, _, _, _):
            report(line: 1, column: 1, "YAML syntax error: \(problem)")
        default:
            report(line: 1, column: 1, "YAML syntax error: \(error)")
        }
    }
}
