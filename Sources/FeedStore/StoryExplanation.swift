import FeedMerge
import Foundation

/// How a story was assembled, for `feedbridge explain`: its members and, for each, the
/// rule that joined it (with its score) and the guards checked.
public struct StoryExplanation: Sendable, Equatable, Codable {
    /// The story's published id.
    public var id: String
    /// The story this one was merged into (then it is no longer published), if any.
    public var mergedInto: String?
    /// Stories merged into this one.
    public var merged: [String]
    public var published: Date
    public var updated: Date
    /// The source of the primary item.
    public var primarySource: String?
    public var members: [Member]

    /// One item of the story.
    public struct Member: Sendable, Equatable, Codable {
        public var sourceID: String
        public var title: String?
        public var link: String?
        public var published: Date
        public var isPrimary: Bool
        /// How the item joined: nil when it founded its story.
        public var joined: Evidence?
        /// Stories it matched and merged into its own.
        public var merged: [Evidence]
        /// Candidates it was compared with and refused (the first ones, strongest evidence first).
        public var refused: [Evidence]
        /// How many candidates were refused in all (more than ``refused`` holds for a
        /// notice compared with many look-alikes).
        public var refusedTotal: Int
    }

    /// One piece of ``MatchEvidence`` with the stores' ids made readable.
    public struct Evidence: Sendable, Equatable, Codable {
        /// The story's published id.
        public var story: String
        public var rule: MatchRule
        /// The source of the member compared with.
        public var withSource: String?
        public var score: Double?
        public var guards: [GuardCheck]
        public var refusal: String?
    }
}
