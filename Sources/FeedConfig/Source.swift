import Foundation
import FeedMerge
import FeedModel

/// One portal in `feeds.yaml` `sources:`, with the fetch defaults already applied.
public struct Source: Sendable, Equatable {
    /// The unique id, used in URLs (`units/<id>.atom`) and in the store (required).
    public var id: String
    /// The portal's display name; defaults to the id.
    public var name: String
    /// The administrative level; defaults to `agency`.
    public var level: Level
    /// The id of the parent source (a ward's district or city), if any.
    public var parent: String?
    /// The feed or listing page URL, http or https (required).
    public var url: URL
    /// Who wins when the same story comes from several portals (higher wins);
    /// defaults to the level's ``Level/defaultPriority``.
    public var priority: Int
    /// Time between two fetches; defaults to `fetch.interval`.
    public var interval: Duration
    /// Total time allowed for one transfer; defaults to `fetch.timeout`.
    public var timeout: Duration
    /// HTML rules when the portal has no feed (a preset, inline rules, or both merged).
    public var html: HTMLRules?
    /// The preset named by `html:`, if any (its rules are already in ``html``).
    public var preset: String?
    /// Regexes on title and summary: when any is given, an item must match one.
    public var include: [String]
    /// Regexes on title and summary: an item matching any is dropped.
    public var exclude: [String]
    /// The zone of dates written without one; defaults to `city.timezone`.
    public var timezone: TimeZone
    /// Whether TLS certificates are verified; defaults to true.
    public var tlsVerify: Bool
    /// Whether the source is fetched at all; defaults to true.
    public var enabled: Bool
    /// How its links carry a stable article id (`link_id:`), if they do.
    public var linkID: LinkIDRule?
    /// The portal's web site (`site:`), what provenance links to; without it, FeedModel's
    /// `PortalInfo.siteURL` gives the default.
    public var site: URL?

    /// An administrative level of Hanoi's government: the same enum the published
    /// files describe portals with.
    public typealias Level = PortalInfo.Level
}
