import FeedModel

/// Which member of a story is its primary item (its title, link and content are the
/// story's): the highest level (city > agency > district > ward, commune), then the
/// highest `priority`, then the earliest, then the smallest source id, then the first stored.
public enum StoryRanking {
    /// The rank of a level: higher wins.
    public static func rank(_ level: PortalInfo.Level) -> Int {
        switch level {
        case .city: 4
        case .agency: 3
        case .district: 2
        case .ward, .commune: 1
        }
    }

    /// The primary member; nil for no members.
    public static func primary(of members: [MatchItem]) -> MatchItem? {
        members.min { first, second in
            let a = (-rank(first.level), -first.priority, first.date, first.sourceID, first.itemID ?? .max)
            let b = (-rank(second.level), -second.priority, second.date, second.sourceID, second.itemID ?? .max)
            return a < b
        }
    }
}
