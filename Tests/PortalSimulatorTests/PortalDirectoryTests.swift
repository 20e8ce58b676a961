import FeedBridgeTestSupport
import Foundation
import PortalSimulator
import Testing

@Suite(.offCooperativePool) struct PortalDirectoryTests {
    @Test func post2025_cityAndOnePortalPerWardOrCommune() throws {
        let portals = try PortalSimulator(configuration: .healthy()).portals
        #expect(portals.count == 127)
        #expect(portals[0].id == "hanoi" && portals[0].level == .city)
        #expect(portals.filter { $0.level == .ward }.count == 51)
        #expect(portals.filter { $0.level == .commune }.count == 75)
        #expect(portals.dropFirst().allSatisfy { $0.parent == "hanoi" })
        let hoanKiem = try #require(portals.first { $0.id == "hoan-kiem" })
        #expect(hoanKiem.name == "Phường Hoàn Kiếm")
        #expect(portals.contains { $0.id == "van-mieu-quoc-tu-giam" })
    }

    @Test func pre2025_districtsAndOptionallyTheirCommunes() throws {
        let districts = try PortalSimulator(configuration: .healthy(units: .pre2025)).portals
        #expect(districts.count == 31)
        #expect(districts.dropFirst().allSatisfy { $0.level == .district })
        let all = try PortalSimulator(configuration: .healthy(units: .pre2025All)).portals
        #expect(all.count == 1 + 30 + 526)
        #expect(Set(all.map(\.id)).count == all.count)
        let phucXa = try #require(all.first { $0.name == "Phường Phúc Xá" })
        #expect(phucXa.parent == "ba-dinh")
    }

    @Test func sourceCount_repeatsUnitsAsAgencyPortals() throws {
        let portals = try PortalSimulator(configuration: .healthy(sourceCount: 600)).portals
        #expect(portals.count == 600)
        #expect(Set(portals.map(\.id)).count == 600)
        let police = try #require(portals.first { $0.id == "cong-an-hoan-kiem" })
        #expect(police.name == "Công an phường Hoàn Kiếm")
        #expect(police.level == .agency && police.parent == "hoan-kiem")
    }

    @Test func feedsYAML_listsEverySourceWithPresetsForHTML() async throws {
        let simulator = try await Simulators.healthy.value
        let yaml = simulator.feedsYAML()
        #expect(yaml.components(separatedBy: "\n  - id: ").count - 1 == simulator.portals.count)
        #expect(yaml.contains("  liferay-news:"))
        #expect(yaml.contains("    item: \"//div[contains(@class,'asset-abstract')]\""))
        for portal in simulator.portals {
            #expect(yaml.contains("    url: \(simulator.url(of: portal).absoluteString)"))
        }
        let html = simulator.portals.filter { $0.format == .liferayHTML }.count
        #expect(yaml.components(separatedBy: "    html: liferay-news\n").count - 1 == html)
        let served = try await LoopbackClient.get(simulator.url("/_feeds.yaml")).text
        #expect(served == yaml)
        let urls = try await LoopbackClient.get(simulator.url("/_urls.txt")).text
        #expect(urls == simulator.sourceURLs().map { $0.absoluteString + "\n" }.joined())
    }
}
