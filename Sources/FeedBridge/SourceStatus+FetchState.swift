import FeedServer
import FeedStore
import Foundation

extension SourceStatus {
    /// A source's status from what the store keeps: its fetch state and its items' dates.
    ///
    /// The first that applies: disabled, gone (410), rate limited (the last attempt was
    /// a 429 or a 503 with Retry-After), failing, moved (301/308), stale (``StaleRule``),
    /// not modified (the last answer was 304), ok.
    init(record: SourceRecord, fetch: FetchState?, activity: SourceActivity?, rule: StaleRule, now: Date) {
        let fetch = fetch ?? FetchState()
        let dates = activity?.recentDates ?? []
        let state: State
        if !record.enabled {
            state = .disabled
        } else if fetch.gone {
            state = .gone
        } else if fetch.consecutiveFailures > 0 {
            state = fetch.lastError?.hasPrefix("rate limited") == true ? .rateLimited : .failing
        } else if fetch.movedTo != nil {
            state = .moved
        } else if fetch.lastSuccess != nil, rule.isStale(dates, now: now) {
            state = .stale
        } else {
            state = fetch.lastStatus == 304 ? .notModified : .ok
        }
        self.init(
            id: record.id, name: record.name, url: record.url, state: state, lastSuccess: fetch.lastSuccess,
            lastAttempt: fetch.lastAttempt, httpStatus: fetch.lastStatus, lastError: fetch.lastError,
            consecutiveFailures: fetch.consecutiveFailures, nextFetch: fetch.nextFetch,
            itemsLast7Days: activity?.itemsSince ?? 0, newestItem: dates.first, usualGapSeconds: rule.usualGap(dates),
            movedTo: fetch.movedTo
        )
    }
}
