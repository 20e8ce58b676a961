import FeedModel
import Foundation

/// Decides which story a new item belongs to (DESIGN.md, "Identity and merging").
///
/// Candidates come from the index by URL key, article id, title key (within
/// ``titleWindow``) and MinHash band (within ``nearDuplicateWindow``). A candidate that
/// already holds an item of the item's source is refused. A URL or article-id match is
/// accepted; a title match or a near-duplicate (estimated Jaccard ≥
/// ``nearDuplicateThreshold``) must pass the guards against every member (``MatchGuards``),
/// and a title match also needs texts that agree, or, when the texts cannot be compared,
/// a title that is not generic. Accepted stories are taken strongest evidence first while
/// they put no source twice in one story; the item joins the oldest of them and the
/// others are merged into it.
///
/// ```swift
/// let decision = try StoryMatcher().decide(item, in: index)
/// // decision.story == nil: found a story; else join it, and merge decision.merged into it
/// ```
public struct StoryMatcher: Sendable {
    /// How far apart two items with the same title key may be dated.
    public var titleWindow: TimeInterval = 7 * 86_400
    /// How far apart two near-duplicates may be dated.
    public var nearDuplicateWindow: TimeInterval = 3 * 86_400
    /// The most title-key candidates judged, those dated nearest to the item: a bound on
    /// the work for a notice that every ward posts (hundreds of look-alike stories in a
    /// week), set well above what a city shows, since a copy of such a notice is found only
    /// among them (16 lost 5% of the benchmark's copies).
    public var titleCandidateLimit = 256
    /// The least estimated Jaccard similarity of title + text for a near-duplicate.
    public var nearDuplicateThreshold: Double = 0.5
    /// The same when either item has no text to compare (titles alone): a shared
    /// beginning ("Chủ tịch UBND Thành phố làm việc với phường X về …", "… tại thôn Hạ" /
    /// "… tại thôn Khánh Hòa") is not enough.
    public var titleOnlyThreshold: Double = 0.9
    /// The guards' thresholds.
    public var guards = MatchGuards()

    public init() {}

    /// The decision for `item` among the stories of `index`.
    public func decide(_ item: MatchItem, in index: some StoryIndex) throws -> MatchDecision {
        var decision = MatchDecision()
        var accepted: [(evidence: MatchEvidence, sources: Set<String>, distance: TimeInterval)] = []
        var genericity: [GuardCheck]?
        func titleGenericity() throws -> [GuardCheck] {
            if let genericity { return genericity }
            let checks = try guards.titleGenericity(item, index: index, window: window(item.date, 90 * 86_400))
            genericity = checks
            return checks
        }
        for (story, rule) in try candidates(of: item, in: index) {
            let members = try index.members(of: story)
            let evidence = try judge(item, rule: rule, story: story, members: members, genericity: titleGenericity)
            if evidence.refusal == nil {
                let member = members.first { $0.itemID == evidence.member }
                let distance = member.map { abs($0.date.timeIntervalSince(item.date)) } ?? .infinity
                accepted.append((evidence, Set(members.map(\.sourceID)), distance))
            } else {
                decision.refused.append(evidence)
            }
        }
        // The strongest evidence first (then the nearest in date, then the oldest story)
        // picks the stories that can be one without a source twice; the oldest of them
        // is kept, the others are merged into it.
        accepted.sort { ($0.evidence.rule, $0.distance, $0.evidence.story) < ($1.evidence.rule, $1.distance, $1.evidence.story) }
        var sources: Set<String> = [item.sourceID]
        var chosen: [MatchEvidence] = []
        for (evidence, storySources, _) in accepted {
            guard sources.isDisjoint(with: storySources) else {
                var refused = evidence
                refused.refusal = "would put a source twice in one story"
                decision.refused.append(refused)
                continue
            }
            sources.formUnion(storySources)
            chosen.append(evidence)
        }
        guard let oldest = chosen.min(by: { $0.story < $1.story }) else { return decision }
        decision.story = oldest.story
        decision.joined = oldest
        decision.merged = chosen.filter { $0.story != oldest.story }.sorted { $0.story < $1.story }
        return decision
    }

    /// Each candidate story once, with the strongest rule that found it, strongest first.
    private func candidates(of item: MatchItem, in index: some StoryIndex) throws -> [(Int64, MatchRule)] {
        var rules: [Int64: MatchRule] = [:]
        func add(_ stories: [Int64], _ rule: MatchRule) {
            for story in stories where rules[story].map({ rule < $0 }) ?? true { rules[story] = rule }
        }
        if let urlKey = item.urlKey { add(try index.stories(urlKey: urlKey), .url) }
        if let linkID = item.linkID { add(try index.stories(linkID: linkID), .linkID) }
        if let titleKey = item.titleKey {
            add(try index.stories(
                titleKey: titleKey, in: window(item.date, titleWindow), nearest: item.date, limit: titleCandidateLimit), .title)
        }
        let bands = MinHash.bands(of: item.signals.minHash)
        if !bands.isEmpty {
            add(try index.stories(bands: bands, in: window(item.date, nearDuplicateWindow)), .nearDuplicate)
        }
        return rules.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { ($0.key, $0.value) }
    }

    /// - Parameter genericity: the item's ``MatchGuards/titleGenericity(_:index:window:)``, computed on first use.
    private func judge(
        _ item: MatchItem, rule: MatchRule, story: Int64, members: [MatchItem], genericity: () throws -> [GuardCheck]
    ) throws -> MatchEvidence {
        var evidence = MatchEvidence(story: story, rule: rule)
        if let same = members.first(where: { $0.sourceID == item.sourceID }) {
            evidence.member = same.itemID
            evidence.guards = [GuardCheck(name: "same_source", passed: false, detail: "\(item.sourceID) already in the story")]
            evidence.refusal = "the story already has an item of \(item.sourceID)"
            return evidence
        }
        switch rule {
        case .url, .linkID:
            let matched = members.first { rule == .url ? $0.urlKey == item.urlKey : $0.linkID == item.linkID }
            evidence.member = matched?.itemID
            return evidence
        case .title:
            let matched = members.filter { $0.titleKey == item.titleKey }
                .min { abs($0.date.timeIntervalSince(item.date)) < abs($1.date.timeIntervalSince(item.date)) }
            guard let matched else {
                evidence.refusal = "no member with the title key in the window"
                return evidence
            }
            evidence.member = matched.itemID
            evidence.guards = guards.conflicts(item, members, matched: matched)
            if evidence.guards.contains(where: { !$0.passed }) {
                evidence.refusal = "a guard failed"
                return evidence
            }
            let checks: [GuardCheck]
            if let agreement = guards.textEvidence(item, matched) {
                evidence.score = agreement.score
                checks = agreement.checks
            } else {
                checks = try genericity()
            }
            evidence.guards += checks
            if checks.contains(where: { !$0.passed }) { evidence.refusal = "the title alone is too weak" }
            return evidence
        case .nearDuplicate:
            let best = members.filter { abs($0.date.timeIntervalSince(item.date)) <= nearDuplicateWindow }
                .map { ($0, MinHash.similarity($0.signals.minHash, item.signals.minHash)) }
                .max { $0.1 < $1.1 }
            guard let (matched, score) = best else {
                evidence.refusal = "no member in the window"
                return evidence
            }
            evidence.member = matched.itemID
            evidence.score = score
            let textual = min(item.signals.textWords, matched.signals.textWords) >= guards.minimumTextWords
            let threshold = textual ? nearDuplicateThreshold : titleOnlyThreshold
            guard score >= threshold else {
                evidence.refusal = "similarity below \(threshold)"
                return evidence
            }
            evidence.guards = guards.conflicts(item, members, matched: matched)
            if evidence.guards.contains(where: { !$0.passed }) { evidence.refusal = "a guard failed" }
            return evidence
        }
    }

    private func window(_ date: Date, _ width: TimeInterval) -> ClosedRange<Date> {
        date.addingTimeInterval(-width)...date.addingTimeInterval(width)
    }
}
