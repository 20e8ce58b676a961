import ArgumentParser
import FeedConfig
import Foundation

/// `feedbridge check`: validates feeds.yaml and reports every problem at once.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate feeds.yaml; print every problem as FILE:LINE:COL: message.",
        discussion: "Exits with 0 when the file is valid, 1 otherwise."
    )

    @Option(help: "The configuration file.")
    var config = "feeds.yaml"

    func run() async throws {
        do {
            let configuration = try ConfigLoader.load(path: config)
            let enabled = configuration.sources.filter(\.enabled)
            let scraped = enabled.filter { $0.html != nil }.count
            print("\(config): OK: \(enabled.count) sources enabled (\(enabled.count - scraped) feeds, \(scraped) HTML pages), \(configuration.sources.count - enabled.count) disabled, \(configuration.presets.count) presets")
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
