import CoreMetrics
import FeedServer
import FeedStore
import Foundation

/// The service's metrics, through swift-metrics (a Prometheus factory in `feedbridge
/// run`), all named `feedbridge_…`: recorded once per cycle from its report, the
/// store's counts and the status of every source.
public struct ServiceMetrics: Sendable {
    private let factory: any MetricsFactory

    /// Metrics made by `factory`.
    public init(factory: any MetricsFactory) {
        self.factory = factory
    }

    /// Records a finished cycle.
    func record(_ report: CycleReport, counts: StoreCounts, status: ServiceStatus, deliveries: HubNotifier.Deliveries? = nil) {
        if let deliveries {
            for (outcome, count) in [("delivered", deliveries.delivered), ("failed", deliveries.failed), ("retried", deliveries.retried)] {
                Gauge(label: "feedbridge_websub_pings", dimensions: [("outcome", outcome)], factory: factory).record(count)
            }
        }
        for outcome in report.outcomes {
            let outcomeLabel = outcome.status.rawValue.replacingOccurrences(of: " ", with: "_")
            Counter(label: "feedbridge_fetches_total", dimensions: [("source", outcome.sourceID), ("outcome", outcomeLabel)], factory: factory)
                .increment()
            Timer(label: "feedbridge_fetch_duration_seconds", factory: factory).recordSeconds(outcome.seconds)
        }
        Timer(label: "feedbridge_cycle_duration_seconds", factory: factory).recordSeconds(report.seconds)
        Timer(label: "feedbridge_publish_duration_seconds", factory: factory).recordSeconds(report.phases.publish)
        Gauge(label: "feedbridge_items_stored", factory: factory).record(counts.items)
        Gauge(label: "feedbridge_stories_stored", factory: factory).record(counts.stories)
        for source in status.sources {
            guard let success = source.lastSuccess else { continue }
            Gauge(label: "feedbridge_source_last_success_timestamp_seconds", dimensions: [("source", source.id)], factory: factory)
                .record(success.timeIntervalSince1970)
        }
        Gauge(label: "feedbridge_sources_stale", factory: factory).record(status.sources.filter { $0.state == .stale }.count)
        Gauge(label: "feedbridge_sources_failing", factory: factory).record(status.sources.filter { $0.state == .failing }.count)
    }
}
