import ArgumentParser
import FeedBridge
import FeedConfig
import Foundation

/// `feedbridge check [--probe [SOURCE…]]`: validates feeds.yaml, and optionally fetches
/// and reads every source once without storing anything.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate feeds.yaml; print every problem as FILE:LINE:COL: message.",
        discussion: """
            With --probe, also fetches every enabled source (or only the SOURCE ids given), reads \
            it as a cycle would (feed parser or HTML rules, include/exclude filters) and prints a \
            table: status, items found, newest item, error. With SOURCE ids, also lists the items \
            each source gave and how its HTML rules matched (rules that matched nothing, items \
            without title, link or date, future dates, duplicate links, a login or error page). \
            Nothing is stored or published. Exits with 0 when the file is valid (and every \
            probed source worked), 1 otherwise.
            """
    )

    @OptionGroup var configFile: ConfigFileOption

    @Flag(help: "Fetch and read every source once and print what was found.")
    var probe = false

    @Argument(help: "With --probe: only these source ids.")
    var sources: [String] = []

    func validate() throws {
        if !sources.isEmpty, !probe { throw ValidationError("source ids are only read with --probe") }
    }

    func run() async throws {
        let configuration = try configFile.load()
        let enabled = configuration.sources.filter(\.enabled)
        let scraped = enabled.filter { $0.html != nil }.count
        print("\(configFile.path): OK: \(enabled.count) sources enabled (\(enabled.count - scraped) feeds, \(scraped) HTML pages), \(configuration.sources.count - enabled.count) disabled, \(configuration.presets.count) presets")
        guard probe else { return }
        let known = Set(configuration.sources.map(\.id))
        if let unknown = sources.first(where: { !known.contains($0) }) {
            throw ExitCode.printing("check: no source '\(unknown)' in \(configFile.path)", code: 1)
        }
        let rows = try await SourceProbe.probe(configuration, sourceIDs: sources.isEmpty ? nil : Set(sources))
        print(ProbeTable.render(rows, timeZone: configuration.city.timezone))
        if !sources.isEmpty {
            for row in rows { print("\n" + ProbeTable.renderItems(row, timeZone: configuration.city.timezone)) }
        }
        let failed = rows.filter { !$0.succeeded }.count
        print("\(rows.count) sources probed: \(rows.count - failed) ok, \(failed) failed")
        if failed > 0 { throw ExitCode.failure }
    }
}
