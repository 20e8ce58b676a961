import FeedBridgeTestSupport
import Foundation
import PortalSimulator
import Testing

@Suite(.offCooperativePool) struct DeterminismTests {
    /// One portal of each format.
    private func samples(_ simulator: PortalSimulator) -> [SimulatedPortal] {
        PortalFormat.allCases.compactMap { format in simulator.portals.first { $0.format == format } }
    }

    /// The text with the simulator's `host:port` (in http and https links) replaced.
    private func normalized(_ text: String, _ simulator: PortalSimulator) -> String {
        text.replacingOccurrences(of: "127.0.0.1:\(simulator.baseURL!.port!)", with: "HOST")
    }

    private func bodies(_ simulator: PortalSimulator) async throws -> [String] {
        var bodies: [String] = []
        for portal in samples(simulator) {
            bodies.append(normalized(try await LoopbackClient.get(simulator.url(of: portal)).text, simulator))
        }
        return bodies
    }

    @Test func simulate_sameSeed_servesSameBytes() async throws {
        let first = try await Simulators.started(.healthy(seed: 3, units: .pre2025))
        let second = try await Simulators.started(.healthy(seed: 3, units: .pre2025))
        #expect(first.baseURL != second.baseURL)
        #expect(first.portals.map(\.id) == second.portals.map(\.id))
        #expect(first.portals.map(\.format) == second.portals.map(\.format))
        let firstBodies = try await bodies(first)
        let secondBodies = try await bodies(second)
        #expect(firstBodies.count >= 3)
        for (index, body) in firstBodies.enumerated() {
            #expect(body == secondBodies[index], "\(samples(first)[index].id) differs")
        }
        #expect(normalized(first.feedsYAML(), first) == normalized(second.feedsYAML(), second))
        await first.stop()
        await second.stop()
    }

    @Test func simulate_otherSeed_servesOtherNews() async throws {
        let first = try await Simulators.started(.healthy(seed: 3, units: .pre2025))
        let other = try await Simulators.started(.healthy(seed: 4, units: .pre2025))
        let city = try await LoopbackClient.get(first.url("/hanoi/rss")).text
        let otherCity = try await LoopbackClient.get(other.url("/hanoi/rss")).text
        #expect(city.components(separatedBy: "<item>").count > 2)
        #expect(normalized(city, first) != normalized(otherCity, other))
        await first.stop()
        await other.stop()
    }
}
