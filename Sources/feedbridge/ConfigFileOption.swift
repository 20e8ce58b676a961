import ArgumentParser
import FeedBridge
import FeedConfig
import Foundation

/// `--config`, the option of every command that reads feeds.yaml (`run`, `check`, `demo`,
/// `parse`), declared once and shared through `@OptionGroup`.
struct ConfigFileOption: ParsableArguments {
    /// The file's path.
    @Option(name: .customLong("config"), help: ArgumentHelp(
        "The configuration file (relative paths in it are relative to its folder).", valueName: "FILE"
    ))
    var path = "feeds.yaml"

    /// The folder of the configuration file.
    var directory: URL {
        URL(fileURLWithPath: path).deletingLastPathComponent()
    }

    /// The validated configuration.
    /// - Throws: `ExitCode(1)` after printing every problem (`file:line:col: …`) on standard error.
    func load() throws -> Configuration {
        do {
            return try ConfigLoader.load(path: path)
        } catch {
            throw ExitCode.printing("\(error)", code: 1)
        }
    }

    /// The aggregator of `configuration` (by default the file's, validated).
    /// - Throws: `ExitCode(1)` for an invalid file, `ExitCode(2)` when the store cannot be
    ///   opened, after printing why on standard error.
    func aggregator(_ configuration: Configuration? = nil) throws -> Aggregator {
        let configuration = try configuration ?? load()
        do {
            return try Aggregator(configuration: configuration, directory: directory)
        } catch {
            throw ExitCode.printing("\(error)", code: 2)
        }
    }
}
