import ArgumentParser
import Dispatch
import Foundation
import Synchronization
import PortalSimulator
import WebText

/// `feedbridge simulate`: serves the simulated portals on loopback until Ctrl-C.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Serve simulated Hanoi government portals on loopback (for the demo, tests and benchmarks).",
        discussion: """
        Serves the city portal and one portal per ward or commune (RSS, Atom, JSON Feed and \
        Liferay-style HTML listings of Vietnamese news), deterministically from --seed. \
        Besides the portals: GET /_feeds.yaml, /_urls.txt, /_truth.json (which items are \
        the same story), /_stats.json, and POST /_advance?minutes=N to move simulated time.
        """
    )

    @Option(help: "Port on 127.0.0.1 (0 picks a free one).")
    var port = 8181

    @Option(help: "Seed of every choice; the same seed serves the same bytes.")
    var seed: UInt64 = 1

    @Option(help: "Units with a portal: post-2025 (126 wards and communes), pre-2025 (30 districts), pre-2025-all (districts, wards, communes).")
    var units: SimulatorConfiguration.Units = .post2025

    @Option(help: "Serve exactly this many portals, repeating units as their agencies' portals (benchmarks).")
    var sources: Int?

    @Option(help: "Items per feed.")
    var items = 20

    @Option(help: "Share of portals with a fault (500, 429, 301, 410, redirect loop, error page, malformed feed, hang).")
    var faults = 0.05

    @Option(help: "Share of portals that answer after 2 seconds.")
    var slow = 0.02

    @Option(help: "Simulated minutes per real second (0: time moves only with POST /_advance).")
    var speed = 0.0

    @Option(help: "Simulated start: 'seed' (a fixed date from the seed), 'now', or a date like 2025-10-01.")
    var start = "seed"

    @Option(name: .customLong("write-config"), help: "Write a ready feeds.yaml for the portals to this path.")
    var configPath: String?

    @Option(name: .customLong("write-urls"), help: "Write the source URLs, one per line, to this path.")
    var urlsPath: String?

    func validate() throws {
        if let sources, sources < 1 { throw ValidationError("--sources must be at least 1") }
        if items < 1 { throw ValidationError("--items must be at least 1") }
        if !(0...1).contains(faults) { throw ValidationError("--faults must be between 0 and 1") }
        if !(0...1).contains(slow) { throw ValidationError("--slow must be between 0 and 1") }
        if speed < 0 { throw ValidationError("--speed must not be negative") }
        _ = try startDate()
    }

    func run() async throws {
        var configuration = SimulatorConfiguration(seed: seed, units: units, sourceCount: sources)
        configuration.itemsPerFeed = items
        configuration.faultShare = faults
        configuration.slowShare = slow
        configuration.realTimeSpeed = speed * 60
        configuration.startDate = try startDate()
        let simulator = try PortalSimulator(configuration: configuration)
        let base = try await simulator.start(port: port)
        if let configPath { try write(simulator.feedsYAML(), to: configPath) }
        if let urlsPath { try write(simulator.sourceURLs().map { $0.absoluteString + "\n" }.joined(), to: urlsPath) }
        printSummary(simulator, base: base)
        await Self.waitForInterrupt()
        await simulator.stop()
        let statistics = simulator.statistics
        say("Stopped after \(statistics.requests) requests (\(statistics.notModified) not modified).")
    }

    private func startDate() throws -> Date? {
        switch start {
        case "seed": return nil
        case "now": return Date()
        default:
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate]
            formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
            guard let day = formatter.date(from: start) else {
                throw ValidationError("--start must be 'seed', 'now' or a date like 2025-10-01")
            }
            return day.addingTimeInterval(8 * 3600)
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw ValidationError("simulate: cannot write \(path): \(error.localizedDescription)")
        }
    }

    private func printSummary(_ simulator: PortalSimulator, base: URL) {
        let portals = simulator.portals
        let formats = Dictionary(grouping: portals, by: \.format).map { "\($0.value.count) \($0.key.rawValue)" }.sorted()
        say("Serving \(portals.count) simulated portals on \(base.absoluteString)/ (\(formats.joined(separator: ", ")))")
        say("Simulated time: \(simulator.now.rfc3339)")
        for portal in portals where portal.behaviour.fault != nil || portal.behaviour.delay != nil {
            let behaviour = portal.behaviour.fault.map { "\($0)" } ?? "slow"
            say("  \(behaviour): \(portal.id) \(portal.url(base: base.absoluteString))")
        }
        say("feeds.yaml: \(base.absoluteString)/_feeds.yaml · ground truth: \(base.absoluteString)/_truth.json")
        if let configPath { say("Wrote \(configPath)") }
        if let urlsPath { say("Wrote \(urlsPath)") }
        say("Press Ctrl-C to stop.")
    }

    /// Writes a line unbuffered, so the base URL reaches a pipe (`make demo`) at once.
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Returns on SIGINT or SIGTERM.
    private static func waitForInterrupt() async {
        var sources: [any DispatchSourceSignal] = []
        defer { sources.forEach { $0.cancel() } }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = ResumeOnce(continuation)
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { once.resume() }
                source.resume()
                sources.append(source)
            }
        }
    }
}

extension SimulatorConfiguration.Units: ExpressibleByArgument {}

/// Resumes a continuation once, whichever signal comes first (or both).
private final class ResumeOnce: Sendable {
    private let continuation: Mutex<CheckedContinuation<Void, Never>?>

    init(_ continuation: CheckedContinuation<Void, Never>) {
        self.continuation = Mutex(continuation)
    }

    func resume() {
        let pending = continuation.withLock { continuation in
            defer { continuation = nil }
            return continuation
        }
        pending?.resume()
    }
}
