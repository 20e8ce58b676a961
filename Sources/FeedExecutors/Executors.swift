import Foundation

/// Every thread FeedBridge runs blocking work on, in one place.
///
/// Swift's cooperative pool has one thread per core (two on CI); a task that blocks one
/// (a synchronous SQLite write, a long libxml2 parse) leaves the others' tasks waiting,
/// loopback servers among them. So blocking work runs on these pools instead:
///
/// | work | where |
/// |---|---|
/// | a cycle's parsing, keying, SQLite reads and writes, publishing | ``aggregation`` |
/// | the portal simulator and the tests' loopback servers: handlers, rendering | ``loopback`` |
/// | libcurl's multi loop (`FeedFetch.Fetcher`) | one thread per `Fetcher`, started by it |
/// | a test's child process: its pipes and its wait | one thread per process (`ProcessRunner`) |
public enum Executors {
    /// The aggregator's cycle: its work blocks on libxml2 and SQLite. One thread per core
    /// (at least two), as many as the sources a cycle reads at once.
    public static let aggregation = WorkerPool(name: "aggregation", threadCount: max(2, ProcessInfo.processInfo.activeProcessorCount))

    /// Servers on loopback that other work talks to: the portal simulator (the demo, tests
    /// and benchmarks) and the tests' HTTP servers. Enough threads that a handler rendering
    /// a page never holds up another server's response.
    public static let loopback = WorkerPool(name: "loopback", threadCount: max(8, 4 * ProcessInfo.processInfo.activeProcessorCount))
}
