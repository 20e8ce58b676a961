import FeedBridgeTestSupport
import FeedExecutors
import Foundation
import Synchronization
import Testing

/// Work preferring a `WorkerPool` runs on the pool's own threads, child tasks included,
/// all of them at once, and goes on while Swift's cooperative threads are all blocked.
@Suite(.offCooperativePool) struct WorkerPoolTests {
    @Test func preferred_workAndItsChildTasks_runOnThePoolsThreads() async throws {
        let pool = WorkerPool(name: "test-pool", threadCount: 2)
        let names = await withTaskExecutorPreference(pool) {
            await withTaskGroup(of: String.self) { group in
                for _ in 0..<8 { group.addTask { currentThreadName() } }
                return await group.reduce(into: [currentThreadName()]) { $0.append($1) }
            }
        }
        #expect(names.count == 9)
        #expect(names.allSatisfy { $0 == "test-pool-1" || $0 == "test-pool-2" }, "\(names)")
    }

    @Test func blockingJobs_runOnAsManyThreadsAsThePoolHas() async throws {
        let pool = WorkerPool(name: "test-wide", threadCount: 3)
        let arrived = Counter()
        // Each job waits until all three have started: only three threads at once get there.
        let finished = await withTaskExecutorPreference(pool) {
            await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        arrived.add()
                        return arrived.wait(for: 3, seconds: 10)
                    }
                }
                return await group.allSatisfy { $0 }
            }
        }
        #expect(finished)
    }

    @Test func cooperativePoolBlocked_poolWorkStillRuns() async throws {
        let pool = WorkerPool(name: "test-free", threadCount: 1)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        // Other tests may hold cooperative threads for a while, and a blocker waiting for
        // them holds one more: so an attempt gives up after 2 s (the suite beside it never
        // stalls longer), and the test tries again.
        var attempts = 0
        var blockedAll = false
        while !blockedAll && attempts < 30 {
            attempts += 1
            blockedAll = await Self.blockEveryCooperativeThread(cores: cores, releasedBy: pool, within: 2)
            if !blockedAll { try await Task.sleep(for: .seconds(1)) }
        }
        #expect(blockedAll, "never had every cooperative thread blocked at once in \(attempts) attempts")
    }

    /// Blocks `cores` cooperative threads until work on `pool` lets them go, which only work
    /// that needs no cooperative thread can do once they all block. True when it did; false
    /// when a blocker waited `seconds` first (the others could not start in time).
    private static func blockEveryCooperativeThread(cores: Int, releasedBy pool: WorkerPool, within seconds: Double) async -> Bool {
        let blocking = Counter()
        let released = Counter()
        let blockers = (0..<cores).map { _ in
            Task.detached {
                blocking.add()
                return released.wait(for: 1, seconds: seconds)
            }
        }
        Thread {
            if blocking.wait(for: cores, seconds: seconds) {
                Task(executorPreference: pool) { released.add() }
            }
        }.start()
        var all = true
        for blocker in blockers where await !blocker.value { all = false }
        return all
    }
}

/// A count shared by threads, and a blocking wait for it to reach a number.
private final class Counter: Sendable {
    private let value = Atomic(0)

    func add() { value.add(1, ordering: .releasing) }

    /// Blocks the thread until the count is at least `target`; false after `seconds`.
    func wait(for target: Int, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while value.load(ordering: .acquiring) < target {
            guard Date() < deadline else { return false }
            usleep(500)
        }
        return true
    }
}

/// The name of the thread running the caller (`Thread.current` is for synchronous code).
private func currentThreadName() -> String {
    Thread.current.name ?? ""
}
