import ArgumentParser
import FeedBridge
import FeedConfig
import Foundation

/// `feedbridge run --once`: one full cycle — fetch, parse, store, merge, publish.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Fetch every source, store and merge new items, and publish the city feed.",
        discussion: """
            With --once, runs one cycle and exits (for cron): every enabled source is fetched \
            with a conditional request, except sources backing off after errors or told to wait \
            by Retry-After. Prints a progress bar on a terminal, plain lines otherwise, then a \
            summary. Exits with 1 when a source failed, 2 when nothing could be published.

            Without --once, runs as a service: a cycle whenever a source is due by its interval, \
            the output folder served on server.listen, feeds.yaml reloaded on SIGHUP.
            """
    )

    @OptionGroup var configFile: ConfigFileOption

    @Flag(help: "Run one cycle and exit.")
    var once = false

    @Flag(help: "Also fetch sources that are backing off after errors.")
    var force = false

    @Flag(help: "Print only the summary.")
    var quiet = false

    func run() async throws {
        let aggregator = try configFile.aggregator()
        guard once else {
            try await ServiceRunner.run(aggregator, configPath: configFile.path, period: nil, quiet: quiet) { url in
                ServiceRunner.say("Serving \(aggregator.outputDirectory.path) on \(url)")
            }
            return
        }
        let progress = CycleProgress(quiet: quiet)
        let report: CycleReport
        do {
            report = try await aggregator.runCycle(force: force) { progress.sourceFinished($0, done: $1, total: $2) }
        } catch {
            throw ExitCode.printing("run: \(error)", code: 2)
        }
        // The WebSub pings of this publish go out before the process ends (never more than 30 s).
        await aggregator.hubs?.finish(within: .seconds(30))
        print(SummaryFormatter.summary(report, outputDirectory: aggregator.outputDirectory))
        if report.count(.failed) + report.count(.gone) > 0 { throw ExitCode.failure }
    }
}
