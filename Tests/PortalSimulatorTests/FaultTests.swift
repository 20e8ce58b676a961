import FeedBridgeTestSupport
import Foundation
import PortalSimulator
import Testing

@Suite(.offCooperativePool) struct FaultTests {
    private func portal(with fault: PortalFault) async throws -> (PortalSimulator, SimulatedPortal) {
        let simulator = try await Simulators.faulty.value
        let portal = try #require(simulator.portals.first { $0.behaviour.fault == fault }, "no portal with \(fault)")
        return (simulator, portal)
    }

    @Test func defaultFaults_coverTheRotationAndSpareTheCity() async throws {
        let simulator = try await Simulators.faulty.value
        let faults = Set(simulator.portals.compactMap(\.behaviour.fault))
        #expect(faults == Set(PortalFault.defaultRotation))
        #expect(simulator.portals[0].behaviour == .normal)
        let demo = try PortalSimulator(configuration: SimulatorConfiguration(seed: 1))
        #expect(demo.portals.filter { $0.behaviour.fault != nil }.count == 6)
    }

    @Test func serverError_is500() async throws {
        let (simulator, portal) = try await portal(with: .serverError)
        #expect(try await LoopbackClient.get(simulator.url(of: portal)).status == 500)
    }

    @Test func tooManyRequests_is429WithRetryAfterSeconds() async throws {
        let (simulator, portal) = try await portal(with: .tooManyRequests(retryAfter: 120))
        let response = try await LoopbackClient.get(simulator.url(of: portal))
        #expect(response.status == 429)
        #expect(response.header("Retry-After") == "120")
    }

    @Test func gone_is410() async throws {
        let (simulator, portal) = try await portal(with: .gone)
        #expect(try await LoopbackClient.get(simulator.url(of: portal)).status == 410)
    }

    @Test func movedPermanently_redirectsToServedNewURL() async throws {
        let (simulator, portal) = try await portal(with: .movedPermanently)
        let response = try await LoopbackClient.get(simulator.url(of: portal))
        #expect(response.status == 301)
        let location = try #require(response.header("Location"))
        #expect(location == simulator.url(portal.movedPath).absoluteString)
        let moved = try await LoopbackClient.get(location)
        #expect(moved.status == 200)
        #expect(moved.header("ETag") != nil)
    }

    @Test func redirectLoop_neverEnds() async throws {
        let (simulator, portal) = try await portal(with: .redirectLoop)
        var location = simulator.url(of: portal).absoluteString
        var visited: [String] = []
        for _ in 0..<4 {
            let response = try await LoopbackClient.get(location)
            #expect(response.status == 302)
            visited.append(location)
            location = try #require(response.header("Location"))
        }
        #expect(Set(visited).count == 2)
    }

    @Test func htmlErrorPage_is200WithLiferayErrorInsteadOfFeed() async throws {
        let (simulator, portal) = try await portal(with: .htmlErrorPage)
        let response = try await LoopbackClient.get(simulator.url(of: portal))
        #expect(response.status == 200)
        #expect(response.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(response.text.contains("alert-error"))
    }

    @Test(arguments: PortalFault.MalformedKind.allCases)
    func malformed_feedIsNotWellFormed(kind: PortalFault.MalformedKind) async throws {
        let (simulator, portal) = try await portal(with: .malformed(kind))
        let response = try await LoopbackClient.get(simulator.url(of: portal))
        #expect(response.status == 200)
        #expect(!response.body.isEmpty)
        if portal.format == .jsonFeed {
            #expect(throws: (any Error).self) { try JSONSerialization.jsonObject(with: Data(response.body)) }
        } else {
            #expect(xmlRoot(response.body) == nil)
        }
    }

    @Test func hang_neverAnswers() async throws {
        let (simulator, portal) = try await portal(with: .hang)
        await #expect(throws: LoopbackClient.Failure.self) {
            _ = try await LoopbackClient.get(simulator.url(of: portal), timeout: 1)
        }
    }

    @Test func slow_answersAfterItsDelay() async throws {
        let simulator = try await Simulators.faulty.value
        let portal = try #require(simulator.portals.first { $0.behaviour.delay != nil })
        #expect(try await LoopbackClient.get(simulator.url(of: portal)).status == 200)
    }

    @Test func configuredBehaviour_replacesTheAssignedOne() async throws {
        var configuration = SimulatorConfiguration.healthy(seed: 2, units: .pre2025)
        configuration.behaviours["ba-dinh"] = PortalBehaviour(conditionalGET: false, gzip: false)
        let simulator = try await Simulators.started(configuration)
        let portal = try #require(simulator.portal("ba-dinh"))
        let response = try await LoopbackClient.get(simulator.url(of: portal), headers: ["Accept-Encoding": "gzip"])
        #expect(response.status == 200)
        #expect(response.header("ETag") == nil)
        #expect(response.header("Last-Modified") == nil)
        #expect(response.header("Content-Encoding") == nil)
        await simulator.stop()
    }
}
