import FeedModel

/// A source as `feeds.yaml` declares it, the part the store keeps beside its fetch state.
public struct SourceRecord: Sendable, Equatable {
    /// The source's unique id (`units/<id>.atom`, the items' `source_id`).
    public var id: String
    /// The portal's name.
    public var name: String
    /// The feed or listing page address.
    public var url: String
    /// Who wins when several portals carry the same story: the highest priority's item
    /// is the story's primary item.
    public var priority: Int
    /// False for a source switched off in `feeds.yaml`, or no longer listed there.
    public var enabled: Bool
    /// A fingerprint of how the source's documents are read (HTML rules, filters, time
    /// zone): when it changes, the validators are dropped so the next fetch gets the
    /// whole document and reads it with the new rules, instead of a 304.
    public var reading: String
    /// The administrative level: the first criterion of a story's primary item.
    public var level: PortalInfo.Level

    /// Creates a source record.
    public init(
        id: String, name: String, url: String, priority: Int, enabled: Bool, reading: String = "",
        level: PortalInfo.Level = .agency
    ) {
        self.id = id
        self.name = name
        self.url = url
        self.priority = priority
        self.enabled = enabled
        self.reading = reading
        self.level = level
    }
}
