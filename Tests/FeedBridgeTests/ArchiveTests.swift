@testable import FeedBridge
import FeedBridgeTestSupport
import FeedConfig
import FeedMerge
import FeedModel
import Foundation
import Testing

/// RFC 5005 archives as a reader walks them: from `feed.atom` through `prev-archive`,
/// every story ever published is found once, however late the reader starts, and a
/// closed month's document never changes.
@Suite(.offCooperativePool) struct ArchiveTests {
    private let base = "http://127.0.0.1:8080/"
    private let keyer = ItemKeyer(cityID: "tag:hanoi.gov.vn,2025:city-feed")

    private func aggregator(in folder: URL, archives: String = "monthly") throws -> Aggregator {
        let configuration = try ConfigLoader.load(yaml: """
            city: {title: "Hà Nội", link: "https://hanoi.gov.vn/", id: "tag:hanoi.gov.vn,2025:city-feed"}
            output: {items: 3, formats: [atom, rss, json], archives: \(archives)}
            sources:
              - {id: hanoi, name: "Cổng Hà Nội", url: "https://hanoi.gov.vn/rss"}
              - {id: ba-dinh, name: "Phường Ba Đình", url: "https://badinh.hanoi.gov.vn/rss"}
            """)
        return try Aggregator(configuration: configuration, directory: folder)
    }

    /// Five distinct stories of `source` seen on `day` (and dated that day).
    private func ingest(_ aggregator: Aggregator, source: String, on day: Date, serial: Int) throws {
        let items = (0..<5).map { index in
            keyer.keyed(Item(
                id: "\(source)-\(serial)-\(index)", title: "Tin số \(serial * 10 + index) về chủ đề riêng \(source) thứ \(index)",
                link: "https://\(source).example/\(serial)/\(index)", published: day.addingTimeInterval(Double(index) * 60)
            ), sourceID: source)
        }
        _ = try aggregator.store.ingest(sourceID: source, items: items, seenAt: day.addingTimeInterval(3_600))
    }

    /// The ids of every document a reader reaches from the current feed of `format`
    /// (`feed.atom`, `feed.rss`, `feed.json`) by `prev-archive` (JSON Feed: `next_url`),
    /// document by document, and whether each is marked closed.
    private func walk(_ output: URL, _ format: String = "atom") throws -> [(path: String, ids: [String], closed: Bool)] {
        var documents: [(String, [String], Bool)] = []
        var path: String? = "feed.\(format)"
        while let current = path {
            #expect(!documents.contains { $0.0 == current }, "a loop through \(current)")
            guard !documents.contains(where: { $0.0 == current }) else { break }
            let text = try String(contentsOf: output.appendingPathComponent(current), encoding: .utf8)
            let next: String?
            switch format {
            case "json":
                let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                let ids = (object["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                let closed = (object["_feedbridge"] as? [String: Any])?["archive"] as? String == "closed"
                documents.append((current, ids, closed))
                next = object["next_url"] as? String
            case "rss":
                documents.append((current, matches(#"<guid isPermaLink="false">([^<]+)</guid>"#, in: text), text.contains("<fh:archive/>")))
                next = matches(#"<atom:link href="([^"]+)" rel="prev-archive""#, in: text).first
            default:
                documents.append((current, matches(#"<entry>\s*<id>([^<]+)</id>"#, in: text), text.contains("<fh:archive/>")))
                next = matches(#"<link rel="prev-archive"[^>]*href="([^"]+)""#, in: text).first
            }
            path = next.map { String($0.dropFirst(base.count)) }
        }
        return documents
    }

    private func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    private func allStoryIDs(_ aggregator: Aggregator) throws -> Set<String> {
        Set(try aggregator.store.latestStories(limit: 10_000).map(\.id))
    }

    @Test func walkFromFeedAtom_everyStoryOnce_closedMonthsFrozen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archives-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let aggregator = try aggregator(in: folder)
        let output = folder.appendingPathComponent("output")
        let calendar = Calendar(identifier: .gregorian)
        func day(_ month: Int, _ day: Int) -> Date {
            calendar.date(from: DateComponents(timeZone: TimeZone(identifier: "UTC"), year: 2026, month: month, day: day, hour: 8))!
        }

        var serial = 0
        var octoberClosed: [Data]?
        for (month, days) in [(10, [3, 20]), (11, [2, 15, 28]), (12, [1, 2])] {
            for date in days {
                serial += 1
                try ingest(aggregator, source: serial.isMultiple(of: 2) ? "hanoi" : "ba-dinh", on: day(month, date), serial: serial)
                _ = try aggregator.publishIfChanged()
                // A reader starting now reaches every story published so far, each in one
                // archive, in every format.
                for format in ["atom", "rss", "json"] {
                    let documents = try walk(output, format)
                    let archived = documents.dropFirst().flatMap(\.ids)
                    #expect(Set(archived) == (try allStoryIDs(aggregator)), "\(format)")
                    #expect(archived.count == Set(archived).count, "a story in two \(format) archive documents")
                    #expect(documents.first?.ids.count == 3)
                    #expect(documents.last?.closed == true || documents.count == 2, "\(format)")
                    #expect(documents.dropFirst().first?.closed == false, "the open month is not marked closed (\(format))")
                    let closedMonths = documents.dropFirst(2).map { $0.closed }
                    #expect(!closedMonths.contains(false), "closed months are marked (\(format))")
                }
                if month >= 11 {
                    let october = try ["atom", "rss", "json"].map { try Data(contentsOf: output.appendingPathComponent("archive/2026-10.\($0)")) }
                    if let octoberClosed { #expect(october == octoberClosed, "a closed month changed") }
                    octoberClosed = october
                }
            }
        }
        #expect(try walk(output).map(\.path) == ["feed.atom", "archive/2026-12.atom", "archive/2026-11.atom", "archive/2026-10.atom"])
        let closed = try String(contentsOf: output.appendingPathComponent("archive/2026-11.atom"), encoding: .utf8)
        #expect(closed.contains(#"<link rel="current" type="application/atom+xml" href="\#(base)feed.atom"/>"#))
        #expect(closed.contains(#"<link rel="next-archive" type="application/atom+xml" href="\#(base)archive/2026-12.atom"/>"#))
        #expect(closed.contains(#"<link rel="prev-archive" type="application/atom+xml" href="\#(base)archive/2026-10.atom"/>"#))
        #expect(closed.contains(#"xmlns:fh="http://purl.org/syndication/history/1.0""#))

        // An edit to an October story shows in the current feed, with its id; October stays as closed.
        let edited = keyer.keyed(Item(
            id: "ba-dinh-1-0", title: "Tin số 10 về chủ đề riêng ba-dinh thứ 0 (cập nhật)",
            link: "https://ba-dinh.example/1/0", published: day(10, 3)
        ), sourceID: "ba-dinh")
        _ = try aggregator.store.ingest(sourceID: "ba-dinh", items: [edited], seenAt: day(12, 3))
        _ = try aggregator.publishIfChanged()
        let october = try ["atom", "rss", "json"].map { try Data(contentsOf: output.appendingPathComponent("archive/2026-10.\($0)")) }
        #expect(october == octoberClosed)
        for format in ["atom", "rss", "json"] {
            #expect(Set(try walk(output, format).dropFirst().flatMap(\.ids)) == (try allStoryIDs(aggregator)))
        }
        let json = try String(contentsOf: output.appendingPathComponent("archive/2026-11.json"), encoding: .utf8)
        #expect(json.contains(#""next_url": "\#(base)archive/2026-10.json""#))
        #expect(json.contains(#""feed_url": "\#(base)feed.json""#))
        let rss = try String(contentsOf: output.appendingPathComponent("archive/2026-11.rss"), encoding: .utf8)
        #expect(rss.contains(#"<atom:link href="\#(base)feed.rss" rel="current" type="application/rss+xml"/>"#))
        #expect(rss.contains(#"<atom:link href="\#(base)archive/2026-11.rss" rel="self""#))
    }

    @Test func archivesNone_writesNoArchiveAndNoLink() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archives-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let aggregator = try aggregator(in: folder, archives: "none")
        try ingest(aggregator, source: "hanoi", on: Date(timeIntervalSince1970: 1_790_000_000), serial: 1)
        let report = try aggregator.publishIfChanged()
        #expect(!report.written.contains { $0.hasPrefix("archive/") })
        let atom = try String(contentsOf: folder.appendingPathComponent("output/feed.atom"), encoding: .utf8)
        #expect(!atom.contains("prev-archive") && !atom.contains("xmlns:fh"))
        let rss = try String(contentsOf: folder.appendingPathComponent("output/feed.rss"), encoding: .utf8)
        #expect(!rss.contains("prev-archive") && !rss.contains("xmlns:fh"))
        let json = try String(contentsOf: folder.appendingPathComponent("output/feed.json"), encoding: .utf8)
        #expect(!json.contains("next_url"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/archive").path))
    }
}
