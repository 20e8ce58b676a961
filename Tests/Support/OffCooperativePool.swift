import FeedExecutors
import Testing

/// Runs each test of a suite (or one test) on threads of its own, off Swift's cooperative pool.
///
/// The cooperative pool has as many threads as cores, two on CI, and the whole suite shares
/// it when it runs in parallel. A test that keeps a CPU busy for seconds without awaiting
/// (matching a simulated city's 22,000 items, every day of four centuries) holds one of them
/// that long; two such tests stop every other test, whose clients' and servers' timeouts
/// then fire. So every suite carries `@Suite(.offCooperativePool)`, as the product's own
/// blocking work runs on `FeedExecutors`' pools: the cooperative pool stays free.
public struct OffCooperativePool: SuiteTrait, TestTrait, TestScoping {
    /// Threads for the tests: many more than cores, so that the OS time-slices a long test
    /// with the rest instead of queueing them behind it.
    static let pool = WorkerPool(name: "test", threadCount: 16)

    public var isRecursive: Bool { true }

    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        // The suite itself has no case: only its tests (each case) move.
        guard testCase != nil else { return try await function() }
        try await withTaskExecutorPreference(Self.pool) { try await function() }
    }
}

extension Trait where Self == OffCooperativePool {
    /// Runs the tests on threads of their own, off Swift's cooperative pool.
    public static var offCooperativePool: Self { OffCooperativePool() }
}
