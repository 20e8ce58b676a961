import ArgumentParser
import FeedBridge
import FeedConfig
import Foundation
import PortalSimulator

/// `feedbridge demo`: the simulated city portals, the aggregator on feeds.yaml, and the
/// published city feed served on loopback.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run FeedBridge on the simulated Hanoi portals and serve the merged feed.",
        discussion: """
            Starts the 127 simulated portals (city, wards and communes) on 127.0.0.1:8181, where \
            the shipped feeds.yaml points, with simulated time running from now. Runs a first \
            cycle, serves the output folder on server.listen (http://127.0.0.1:8080/), and runs \
            a cycle every --every seconds so new stories keep arriving. Ctrl-C stops it. The sources \
            of --config must point at the simulator.
            """
    )

    @OptionGroup var configFile: ConfigFileOption

    @Option(help: "The simulator's port.")
    var simulatorPort = 8181

    @Option(help: "Seconds between cycles.")
    var every = 30

    @Option(help: "Simulated minutes per real second (news arrives faster).")
    var speed = 2.0

    @Option(help: "Share of portals with a fault (500s, timeouts, malformed feeds…), to see errors handled.")
    var faults = 0.05

    func run() async throws {
        let configuration = try configFile.load()
        var simulation = SimulatorConfiguration(seed: 1, units: .post2025)
        simulation.startDate = Date()
        simulation.realTimeSpeed = speed * 60
        simulation.faultShare = faults
        let simulator = try PortalSimulator(configuration: simulation)
        let base = try await simulator.start(port: simulatorPort)
        say("Simulated portals: \(simulator.portals.count) on \(base.absoluteString)/")

        let aggregator = try configFile.aggregator(configuration)
        let progress = CycleProgress(quiet: false)
        let report = try await aggregator.runCycle { progress.sourceFinished($0, done: $1, total: $2) }
        say(SummaryFormatter.summary(report, outputDirectory: aggregator.outputDirectory))

        try await ServiceRunner.run(aggregator, configPath: configFile.path, period: .seconds(every), quiet: true) { url in
            say("""

                FeedBridge demo is running. Open:
                  \(url)              the city page (Vietnamese)
                  \(url)feed.atom     Atom 1.0
                  \(url)feed.rss      RSS 2.0
                  \(url)feed.json     JSON Feed 1.1
                  \(url)sources.opml  every portal, for a feed reader
                  \(url)units/hoan-kiem.atom  one sub-feed per portal (units/<id>.atom)
                A cycle runs every \(every) s; Ctrl-C stops.
                """)
        }
        await simulator.stop()
    }

    private func say(_ line: String) {
        ServiceRunner.say(line)
    }
}
