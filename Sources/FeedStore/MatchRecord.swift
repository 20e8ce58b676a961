import FeedMerge
import Foundation

/// How an item was placed, as the item's `match` column keeps it (JSON) for
/// `feedbridge explain`: the evidence it joined its story by, the stories it merged into
/// it, and the candidates refused. Story ids are the store's row ids.
struct MatchRecord: Codable, Equatable {
    var joined: MatchEvidence?
    var merged: [MatchEvidence]
    var refused: [MatchEvidence]

    init(_ decision: MatchDecision) {
        joined = decision.joined
        merged = decision.merged
        refused = decision.refused
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    static func decoded(_ json: String?) -> MatchRecord? {
        guard let json else { return nil }
        return try? JSONDecoder().decode(MatchRecord.self, from: Data(json.utf8))
    }
}
