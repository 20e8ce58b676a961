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
/// | the portal simulator and the tests' loopback servers: their handlers | ``loopback`` |
/// | the portal simulator's rendering of a city, its ground truth | ``rendering`` |
/// | libcurl's multi loop (`FeedFetch.Fetcher`) | one thread per `Fetcher`, started by it |
/// | a test's child process: its pipes and its wait | one thread per process (`ProcessRunner`) |
public enum Executors {
    /// The aggregator's cycle: its work blocks on libxml2 and SQLite. One thread per core
    /// (at least two), as many as the sources a cycle reads at once.
    public static let aggregation = WorkerPool(name: "aggregation", threadCount: max(2, ProcessInfo.processInfo.activeProcessorCount))

    /// Servers on loopback that other work talks to: the portal simulator (the demo, tests
    /// and benchmarks) and the tests' HTTP servers. Their handlers only do short work (an
    /// article page rendered once), so a response is never stuck behind a city's rendering.
    /// Many threads rather than one per core: a job waits in the queue only when all are
    /// busy, so a short answer is time-sliced beside a long render instead of queued behind it.
    public static let loopback = WorkerPool(name: "loopback", threadCount: max(16, 8 * ProcessInfo.processInfo.activeProcessorCount))

    /// The portal simulator's long CPU work: every page of a city rendered at start or after
    /// simulated time moves, the ground truth built. Kept apart from ``loopback`` so that
    /// several cities starting at once (a parallel test run) never delay a server's answer.
    /// As for ``loopback``, more threads than cores: a small advance of simulated time is
    /// not queued behind a large city's first rendering.
    public static let rendering = WorkerPool(name: "rendering", threadCount: max(8, 4 * ProcessInfo.processInfo.activeProcessorCount))
}
