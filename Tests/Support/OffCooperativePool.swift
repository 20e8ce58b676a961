import FeedExecutors
import Testing

/// Runs each test of a suite (or one test) on threads of its own, off Swift's cooperative pool.
///
/// The cooperative pool has as many threads as cores, two on CI, and the whole suite shares
/// it when it runs in parallel. A test that keeps a CPU busy for seconds without awaiting
/// (matching a simulated city's 22,000 items, parsing every fixture) holds one of them that
/// long; two such tests stop every other test, the loopback servers' clients among them,
/// whose timeouts then fire. Such suites carry `@Suite(.offCooperativePool)`.
public struct OffCooperativePool: SuiteTrait, TestTrait, TestScoping {
    /// Threads for CPU-bound tests: more than cores, so that the OS time-slices them with the
    /// rest instead of one long test queueing another.
    static let pool = WorkerPool(name: "cpu-bound-test", threadCount: 8)

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
