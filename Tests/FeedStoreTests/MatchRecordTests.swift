import FeedBridgeTestSupport
import FeedMerge
@testable import FeedStore
import Testing

/// The `match` column: the JSON written by hand reads back as the decision it recorded.
@Suite(.offCooperativePool) struct MatchRecordTests {
    @Test func json_everyField_readsBackEqual() throws {
        var decision = MatchDecision()
        decision.story = 7
        decision.joined = MatchEvidence(
            story: 7, rule: .nearDuplicate, member: 31, score: 0.625,
            guards: [GuardCheck(name: "units", passed: true, detail: ""), GuardCheck(name: "numbers", passed: true, detail: "{11, 2026} vs {11}")])
        decision.merged = [MatchEvidence(story: 9, rule: .url, member: 40)]
        decision.refused = [MatchEvidence(
            story: 12, rule: .title, guards: [GuardCheck(name: "text_units", passed: false, detail: "{phường \"cửa nam\"}\n")],
            refusal: "a guard failed")]
        let record = MatchRecord(decision)

        let json = record.json()
        #expect(MatchRecord.decoded(json) == record)
        #expect(!json.contains("\n"))
    }

    @Test func json_foundedStory_readsBackWithoutJoined() {
        let record = MatchRecord(MatchDecision())
        #expect(record.json() == #"{"merged":[],"refused":[],"refusedCount":0}"#)
        #expect(MatchRecord.decoded(record.json()) == record)
    }

    @Test func record_manyLookAlikes_keepsTheFirstRefusalsAndTheirCount() throws {
        var decision = MatchDecision()
        decision.refused = (1...300).map { MatchEvidence(story: Int64($0), rule: .title, refusal: "the title alone is too weak") }
        let record = MatchRecord(decision)
        #expect(record.refused.map(\.story) == Array(1...8))
        #expect(record.refusedCount == 300)
        #expect(MatchRecord.decoded(record.json()) == record)
        #expect(record.json().utf8.count < 1_000)
    }

    @Test func decoded_recordWrittenBeforeTheCap_readsWithoutCount() throws {
        let old = #"{"merged":[],"refused":[{"story":3,"rule":"title","guards":[],"refusal":"a guard failed"}]}"#
        let record = try #require(MatchRecord.decoded(old))
        #expect(record.refused.count == 1)
        #expect(record.refusedCount == nil)
    }
}
