import FeedMerge
import FeedModel
import FeedStore
import Foundation

/// One case family of the evaluation set (`Cases/<family>.json`, format in EVALSET-FORMAT.md).
struct EvaluationCase: Decodable {
    struct Source: Decodable {
        let id: String
        let level: PortalInfo.Level
        let name: String
        let site: String?
        let priority: Int?
        let link_id: String?
    }

    struct Entry: Decodable {
        let id: String
        let source: String
        let story: String
        let link: String?
        let guid: String?
        let title: String?
        let summary: String?
        let content: String?
        let published: String?
    }

    let family: String
    let sources: [Source]
    let items: [Entry]

    /// Every `Cases/*.json` beside this file, by family name.
    static func all() throws -> [EvaluationCase] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { file in
            do {
                return try JSONDecoder().decode(EvaluationCase.self, from: Data(contentsOf: file))
            } catch {
                throw EvaluationError(message: "\(file.lastPathComponent): \(error)")
            }
        }
    }

    /// The sources as the store records them (`priority` 0 or absent: the level's default).
    var records: [SourceRecord] {
        sources.map {
            SourceRecord(
                id: $0.id, name: $0.name, url: ($0.site ?? "https://\($0.id).example/") + "rss",
                priority: ($0.priority ?? 0) == 0 ? $0.level.defaultPriority : $0.priority ?? 0,
                enabled: true, level: $0.level
            )
        }
    }

    /// The items as parsed, each with its date (an undated one takes the previous item's).
    func parsedItems() throws -> [(entry: Entry, item: Item, date: Date)] {
        let formatter = ISO8601DateFormatter()
        var previous = Date(timeIntervalSince1970: 1_780_000_000)
        return try items.map { entry in
            var date = previous
            if let text = entry.published {
                guard let parsed = formatter.date(from: text) else {
                    throw EvaluationError(message: "\(family): \(entry.id): bad date \(text)")
                }
                date = parsed
            }
            previous = date
            let item = Item(
                id: entry.guid, title: entry.title, link: entry.link, summary: entry.summary, content: entry.content,
                published: entry.published == nil ? nil : date
            )
            return (entry, item, date)
        }
    }
}

struct EvaluationError: Error, CustomStringConvertible {
    let message: String
    var description: String { "evaluation: \(message)" }
}
