import Foundation
import HummingbirdCore
import Synchronization

/// What the simulator served, for tests and benchmarks (`PortalSimulator.statistics`).
public struct RequestStatistics: Sendable {
    /// Counters of one portal's source URL.
    public struct PortalCounters: Sendable, Hashable {
        public var requests = 0
        /// Requests that carried `If-None-Match` or `If-Modified-Since`.
        public var conditionalRequests = 0
        public var notModified = 0
        public var gzipResponses = 0
    }

    /// One request, as the server saw it.
    public struct Record: Sendable, Hashable {
        public let path: String
        /// The portal whose path it was, if any.
        public let portal: String?
        public let status: Int
        public let ifNoneMatch: String?
        public let ifModifiedSince: String?
        public let acceptEncoding: String?
        public let userAgent: String?
    }

    public internal(set) var requests = 0
    public internal(set) var notModified = 0
    /// The most requests being answered at once since the last reset.
    public internal(set) var maxConcurrentRequests = 0
    /// Requests in progress now.
    public internal(set) var concurrentRequests = 0
    /// TCP connections accepted since the last reset.
    public internal(set) var connections = 0
    /// The most connections open at once since the last reset.
    public internal(set) var maxConcurrentConnections = 0
    /// Connections open now.
    public internal(set) var openConnections = 0
    /// Counters of each portal's source URL (feed or listing pages), by portal id.
    public internal(set) var portals: [String: PortalCounters] = [:]
    /// The latest requests, oldest first (at most `recordLimit`).
    public internal(set) var records: [Record] = []

    /// How many requests `records` keeps.
    public static let recordLimit = 10_000
}

/// Collects `RequestStatistics` from concurrent requests.
final class StatisticsRecorder: Sendable {
    private let statistics = Mutex(RequestStatistics())

    var current: RequestStatistics { statistics.withLock { $0 } }

    func reset() {
        statistics.withLock { statistics in
            var fresh = RequestStatistics()
            fresh.concurrentRequests = statistics.concurrentRequests
            fresh.openConnections = statistics.openConnections
            statistics = fresh
        }
    }

    func connectionOpened() {
        statistics.withLock { statistics in
            statistics.connections += 1
            statistics.openConnections += 1
            statistics.maxConcurrentConnections = max(statistics.maxConcurrentConnections, statistics.openConnections)
        }
    }

    func connectionClosed() {
        statistics.withLock { $0.openConnections -= 1 }
    }

    func began() {
        statistics.withLock { statistics in
            statistics.concurrentRequests += 1
            statistics.maxConcurrentRequests = max(statistics.maxConcurrentRequests, statistics.concurrentRequests)
        }
    }

    /// Ends a request begun with `began()`; `source` is true for a portal's source URL.
    func ended(_ record: RequestStatistics.Record, source: Bool, gzip: Bool) {
        statistics.withLock { statistics in
            statistics.concurrentRequests -= 1
            statistics.requests += 1
            if record.status == 304 { statistics.notModified += 1 }
            if source, let portal = record.portal {
                var counters = statistics.portals[portal, default: .init()]
                counters.requests += 1
                if record.ifNoneMatch != nil || record.ifModifiedSince != nil { counters.conditionalRequests += 1 }
                if record.status == 304 { counters.notModified += 1 }
                if gzip { counters.gzipResponses += 1 }
                statistics.portals[portal] = counters
            }
            statistics.records.append(record)
            if statistics.records.count > RequestStatistics.recordLimit {
                statistics.records.removeFirst(statistics.records.count - RequestStatistics.recordLimit / 2)
            }
        }
    }
}

/// Tells the recorder when the server opens and closes connections.
struct ConnectionCounter: AvailableConnectionsDelegate {
    let recorder: StatisticsRecorder

    func connectionOpened() { recorder.connectionOpened() }
    func connectionClosed() { recorder.connectionClosed() }
    func isAcceptingNewConnections() -> Bool { true }
}
