import FeedBridgeTestSupport
import Foundation
import Testing

/// `feedbridge check` run as a real process.
@Suite(.offCooperativePool) struct CheckCommandTests {
    @Test func check_validFile_saysOKWithCounts() async throws {
        let file = try ScratchFile("""
            city:
              title: "Hà Nội — Tin tức tổng hợp"
              link: https://hanoi.gov.vn/
            sources:
              - id: hanoi
                url: https://hanoi.gov.vn/rss
              - id: ba-dinh
                url: https://badinh.hanoi.gov.vn/tin-tuc
                parent: hanoi
                html: {item: "//div[@class='asset-abstract']", title: ".//h3/a", link: ".//h3/a/@href"}
              - id: cu
                url: https://cu.hanoi.gov.vn/rss
                enabled: false
            """, name: "feeds.yaml")
        let run = try await ProcessRunner.feedbridge(["check", "--config", file.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "\(file.path): OK: 2 sources enabled (1 feeds, 1 HTML pages), 1 disabled, 0 presets\n")
    }

    @Test func check_invalidFile_printsEveryProblemWithItsLocation() async throws {
        let file = try ScratchFile("""
            city:
              title: Hà Nội
              link: https://hanoi.gov.vn/
            sources:
              - id: hanoi
                url: ftp://hanoi.gov.vn/rss
                intervall: 15m
              - id: hanoi
                url: https://hanoi.gov.vn/rss2
            """, name: "feeds.yaml")
        let run = try await ProcessRunner.feedbridge(["check", "--config", file.path])
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        let lines = run.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.hasPrefix("\(file.path):") })
        #expect(lines.contains { $0.hasPrefix("\(file.path):6:") })
        #expect(lines.contains { $0.hasPrefix("\(file.path):7:") && $0.contains("interval") })
        #expect(lines.contains { $0.hasPrefix("\(file.path):8:") })
    }
}
