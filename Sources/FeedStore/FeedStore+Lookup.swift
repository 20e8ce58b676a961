import FeedModel
import Foundation
import GRDB

extension FeedStore {
    /// What the store already knows of a source's items, by key: the content hash
    /// it stored, or nil for a key retention forgot. Keys it never saw are absent.
    ///
    /// The aggregator asks before fetching article pages, so a page is fetched once per
    /// new or edited item, not at every cycle.
    public func knownContentHashes(sourceID: String, keys: [String]) throws -> [String: String?] {
        guard !keys.isEmpty else { return [:] }
        return try read("look up items") { db in
            var known: [String: String?] = [:]
            for chunk in stride(from: 0, to: keys.count, by: 500).map({ keys[$0..<min($0 + 500, keys.count)] }) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let arguments = StatementArguments([sourceID] + Array(chunk))
                for row in try Row.fetchAll(
                    db, sql: "SELECT key, content_hash FROM items WHERE source_id = ? AND key IN (\(marks))",
                    arguments: arguments
                ) {
                    known[row["key"]] = .some(row["content_hash"])
                }
                for row in try Row.fetchAll(
                    db, sql: "SELECT key FROM forgotten WHERE source_id = ? AND key IN (\(marks))", arguments: arguments
                ) {
                    known[row["key"]] = .some(nil)
                }
            }
            return known
        }
    }
}
