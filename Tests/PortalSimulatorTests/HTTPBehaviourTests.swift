import FeedBridgeTestSupport
import Foundation
import PortalSimulator
import Testing

@Suite(.offCooperativePool) struct HTTPBehaviourTests {
    @Test func conditionalGET_etagOfLastResponse_returns304() async throws {
        let simulator = try await Simulators.healthy.value
        let url = simulator.url("/hanoi/rss")
        let first = try await LoopbackClient.get(url)
        let etag = try #require(first.header("ETag"))
        #expect(first.header("Last-Modified") != nil)
        let second = try await LoopbackClient.get(url, headers: ["If-None-Match": etag])
        #expect(second.status == 304)
        #expect(second.body.isEmpty)
        #expect(second.header("ETag") == etag)
        let stale = try await LoopbackClient.get(url, headers: ["If-None-Match": "\"stale\""])
        #expect(stale.status == 200)
        #expect(stale.body == first.body)
    }

    @Test func conditionalGET_ifModifiedSince_returns304UnlessOlder() async throws {
        let simulator = try await Simulators.healthy.value
        let portal = try #require(simulator.portals.first { $0.format == .liferayHTML })
        let first = try await LoopbackClient.get(simulator.url(of: portal))
        let modified = try #require(first.header("Last-Modified"))
        let same = try await LoopbackClient.get(simulator.url(of: portal), headers: ["If-Modified-Since": modified])
        #expect(same.status == 304)
        let older = try await LoopbackClient.get(simulator.url(of: portal), headers: ["If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"])
        #expect(older.status == 200)
    }

    @Test func gzip_whenAccepted_bodyIsGzipOfThePlainBody() async throws {
        let simulator = try await Simulators.healthy.value
        let portal = try #require(simulator.portals.first { $0.format == .atom })
        let plain = try await LoopbackClient.get(simulator.url(of: portal))
        let zipped = try await LoopbackClient.get(simulator.url(of: portal), headers: ["Accept-Encoding": "gzip, deflate, br"])
        #expect(plain.header("Content-Encoding") == nil)
        #expect(zipped.header("Content-Encoding") == "gzip")
        #expect(zipped.header("Vary") == "Accept-Encoding")
        #expect(zipped.body.count < plain.body.count / 2)
        #expect(try await gunzip(zipped.body) == plain.body)
        #expect(zipped.header("ETag") != plain.header("ETag"))
        let refused = try await LoopbackClient.get(simulator.url(of: portal), headers: ["Accept-Encoding": "gzip;q=0"])
        #expect(refused.header("Content-Encoding") == nil)
        let revalidated = try await LoopbackClient.get(
            simulator.url(of: portal), headers: ["Accept-Encoding": "gzip", "If-None-Match": zipped.header("ETag") ?? ""])
        #expect(revalidated.status == 304)
    }

    @Test func head_sendsHeadersWithoutBody() async throws {
        let simulator = try await Simulators.healthy.value
        let response = try await LoopbackClient.get(simulator.url("/hanoi/rss"), method: "HEAD")
        #expect(response.status == 200)
        #expect(response.header("ETag") != nil)
        #expect(response.body.isEmpty)
    }

    @Test func unknownPath_is404() async throws {
        let simulator = try await Simulators.healthy.value
        #expect(try await LoopbackClient.get(simulator.url("/khong-co/rss")).status == 404)
        #expect(try await LoopbackClient.get(simulator.url("/hanoi/khong-co")).status == 404)
    }

    @Test func statistics_countRequestsConditionalsAnd304s() async throws {
        let simulator = try await Simulators.started(.healthy(seed: 9, units: .pre2025))
        let portal = simulator.portals[1]
        let first = try await LoopbackClient.get(simulator.url(of: portal), headers: ["User-Agent": "FeedBridgeTest/1"])
        _ = try await LoopbackClient.get(simulator.url(of: portal), headers: ["If-None-Match": first.header("ETag") ?? ""])
        _ = try await LoopbackClient.get(simulator.url(portal.homePath))
        let statistics = simulator.statistics
        #expect(statistics.requests == 3)
        #expect(statistics.notModified == 1)
        let counters = try #require(statistics.portals[portal.id])
        #expect(counters.requests == 2 && counters.conditionalRequests == 1 && counters.notModified == 1 && counters.gzipResponses == 0)
        #expect(statistics.records.first?.userAgent == "FeedBridgeTest/1")
        #expect(statistics.maxConcurrentRequests >= 1)
        #expect(statistics.connections == 3)
        let published = try await LoopbackClient.get(simulator.url("/_stats.json"))
        let json = try JSONSerialization.jsonObject(with: Data(published.body)) as? [String: Any]
        #expect(json?["requests"] as? Int == 3)
        simulator.resetStatistics()
        #expect(simulator.statistics.requests == 0)
        await simulator.stop()
    }

    @Test func statistics_seeConcurrentConnectionsToASlowPortal() async throws {
        var configuration = SimulatorConfiguration.healthy(seed: 10, units: .pre2025)
        configuration.behaviours["ba-dinh"] = PortalBehaviour(delay: .seconds(3))
        let simulator = try await Simulators.started(configuration)
        let url = simulator.url(of: try #require(simulator.portal("ba-dinh")))
        async let first = LoopbackClient.get(url)
        async let second = LoopbackClient.get(url)
        async let third = LoopbackClient.get(url)
        let statuses = try await [first.status, second.status, third.status]
        #expect(statuses == [200, 200, 200])
        #expect(simulator.statistics.maxConcurrentConnections == 3)
        #expect(simulator.statistics.maxConcurrentRequests == 3)
        await simulator.stop()
    }
}
