import Foundation

/// When a source that still answers has gone quiet for much longer than it usually
/// does: at least `factor` times the median gap between its recent items, and at least
/// `minimumQuiet`. A ward that posts twice a week is stale after ~11 quiet days, a busy
/// portal after 3; a source with fewer than `minimumItems` dated items has no usual gap.
public struct StaleRule: Sendable {
    public var factor: Double = 3
    public var minimumQuiet: TimeInterval = 3 * 86_400
    public var minimumItems = 4
    /// How many recent items the usual gap is measured over.
    public var window = 30

    public init() {}

    /// The median gap between consecutive `dates` (newest first), in seconds; nil with
    /// too few items.
    public func usualGap(_ dates: [Date]) -> TimeInterval? {
        guard dates.count >= minimumItems else { return nil }
        let gaps = zip(dates, dates.dropFirst()).map { $0.timeIntervalSince($1) }.sorted()
        let middle = gaps.count / 2
        return gaps.count % 2 == 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2
    }

    /// True when the newest of `dates` is older than the rule allows at `now`.
    public func isStale(_ dates: [Date], now: Date) -> Bool {
        guard let newest = dates.first, let gap = usualGap(dates) else { return false }
        return now.timeIntervalSince(newest) >= max(factor * gap, minimumQuiet)
    }
}
