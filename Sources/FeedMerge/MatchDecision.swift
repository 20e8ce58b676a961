import FeedModel
/// What ``StoryMatcher`` decided for a new item, with the evidence for `feedbridge explain`.
public struct MatchDecision: Sendable, Equatable {
    /// The story the item joins; nil when it founds a new one.
    public var story: Int64?
    /// How it joined ``story`` (nil when it founds one).
    public var joined: MatchEvidence?
    /// Other stories the item also matched, merged into ``story`` (older id kept), with
    /// how the item matched each.
    public var merged: [MatchEvidence]
    /// Candidates considered and refused, each with its reason and the guards checked.
    public var refused: [MatchEvidence]

    public init(story: Int64? = nil, joined: MatchEvidence? = nil, merged: [MatchEvidence] = [], refused: [MatchEvidence] = []) {
        self.story = story
        self.joined = joined
        self.merged = merged
        self.refused = refused
    }
}

/// Why an item matched a story, or why it did not.
public struct MatchEvidence: Sendable, Equatable, Codable {
    /// The candidate story.
    public var story: Int64
    /// The rule that made it a candidate.
    public var rule: MatchRule
    /// The member of the story the item was compared with.
    public var member: Int64?
    /// The near-duplicate similarity (estimated Jaccard) or, for a title match, the
    /// texts' estimated containment; nil when not computed.
    public var score: Double?
    /// The guards checked, in order.
    public var guards: [GuardCheck]
    /// Why the candidate was refused; nil when accepted.
    public var refusal: String?

    public init(story: Int64, rule: MatchRule, member: Int64? = nil, score: Double? = nil, guards: [GuardCheck] = [], refusal: String? = nil) {
        self.story = story
        self.rule = rule
        self.member = member
        self.score = score
        self.guards = guards
        self.refusal = refusal
    }
}

/// The evidence that makes a story a candidate, strongest first.
public enum MatchRule: String, Sendable, Codable, Comparable, CaseIterable {
    /// Equal canonical URL keys.
    case url
    /// Equal article ids (``LinkIDRule``).
    case linkID = "link_id"
    /// Equal title keys within the title window.
    case title
    /// Near-duplicate title and text (MinHash) within the near-duplicate window.
    case nearDuplicate = "near_duplicate"

    public static func < (left: MatchRule, right: MatchRule) -> Bool {
        left.strength > right.strength
    }

    private var strength: Int {
        switch self {
        case .url: 3
        case .linkID: 2
        case .title: 1
        case .nearDuplicate: 0
        }
    }
}

/// One guard checked between the new item and a member of a candidate story.
public struct GuardCheck: Sendable, Equatable, Codable {
    /// `units`, `numbers`, `text_units`, `text_numbers`, `same_source`, `text_agreement`, `generic_title`.
    public var name: String
    public var passed: Bool
    /// What was compared (`{11, 2026} vs {12, 2026}`).
    public var detail: String

    public init(name: String, passed: Bool, detail: String) {
        self.name = name
        self.passed = passed
        self.detail = detail
    }
}
