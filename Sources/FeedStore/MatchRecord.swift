import FeedMerge
import FeedModel
import Foundation

/// How an item was placed, as the item's `match` column keeps it (JSON) for
/// `feedbridge explain`: the evidence it joined its story by, the stories it merged into
/// it, and the first ``keptRefusals`` candidates refused (strongest evidence first) with
/// how many there were: a monthly notice that every ward posts is compared with hundreds
/// of look-alikes, and keeping every refusal made this column most of the store.
/// Story ids are the store's row ids.
struct MatchRecord: Codable, Equatable {
    /// The most refused candidates a record keeps.
    static let keptRefusals = 8

    var joined: MatchEvidence?
    var merged: [MatchEvidence]
    var refused: [MatchEvidence]
    /// How many candidates were refused in all; nil in records written before the cap
    /// (they kept every one).
    var refusedCount: Int?

    init(_ decision: MatchDecision) {
        joined = decision.joined
        merged = decision.merged
        refused = Array(decision.refused.prefix(Self.keptRefusals))
        refusedCount = decision.refused.count
    }

    /// The record as compact JSON, in the shape `Codable` reads back (written by hand:
    /// every new item stores one, and `JSONEncoder` cost more than the item's insert).
    func json() -> String {
        let writer = JSONWriter(pretty: false, capacity: 256)
        writer.object {
            if let joined {
                writer.key("joined")
                Self.write(joined, to: writer)
            }
            writer.key("merged")
            writer.list(merged) { Self.write($0, to: writer) }
            writer.key("refused")
            writer.list(refused) { Self.write($0, to: writer) }
            writer.field("refusedCount", refusedCount)
        }
        return writer.output
    }

    private static func write(_ evidence: MatchEvidence, to writer: JSONWriter) {
        writer.object {
            writer.field("story", Int(evidence.story))
            writer.key("rule")
            writer.string(evidence.rule.rawValue)
            writer.field("member", evidence.member.map { Int($0) })
            if let score = evidence.score, score.isFinite {
                writer.key("score")
                writer.raw(String(score))
            }
            writer.key("guards")
            writer.list(evidence.guards) { check in
                writer.object {
                    writer.key("name")
                    writer.string(check.name)
                    writer.field("passed", check.passed)
                    writer.key("detail")
                    writer.string(check.detail)
                }
            }
            if let refusal = evidence.refusal {
                writer.key("refusal")
                writer.string(refusal)
            }
        }
    }

    static func decoded(_ json: String?) -> MatchRecord? {
        guard let json else { return nil }
        return try? JSONDecoder().decode(MatchRecord.self, from: Data(json.utf8))
    }
}
