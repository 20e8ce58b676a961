import FeedModel
import FeedStore
import Foundation

/// Gathers a cycle's finished sources from concurrent tasks, and stores their items in
/// batches: whichever task finds the store idle writes everything queued so far in one
/// transaction, so 600 small sources cost a few commits instead of 600, and no task
/// waits for another's write.
final class CycleCollector: @unchecked Sendable {  // every field is behind `lock`
    private let store: FeedStore
    private let seenAt: Date
    private let total: Int
    private let progress: @Sendable (SourceOutcome, Int, Int) -> Void
    private let lock = NSLock()
    private var queue: [(items: SourceItems, outcome: SourceOutcome, state: FetchState)] = []
    private var writing = false
    private var done = 0
    private(set) var outcomes: [SourceOutcome] = []
    private(set) var states: [(sourceID: String, state: FetchState)] = []
    private(set) var reports: [IngestReport] = []

    init(store: FeedStore, seenAt: Date, total: Int, progress: @escaping @Sendable (SourceOutcome, Int, Int) -> Void) {
        self.store = store
        self.seenAt = seenAt
        self.total = total
        self.progress = progress
    }

    /// A source that stored nothing (failed, not modified, gone).
    func finish(_ outcome: SourceOutcome, state: FetchState) {
        lock.withLock { record(outcome, state: state) }
    }

    /// A source with items to store: they are written with the next batch, and the
    /// outcome gets its counts of new and updated items then.
    func store(_ items: SourceItems, outcome: SourceOutcome, state: FetchState) throws {
        lock.lock()
        queue.append((items, outcome, state))
        guard !writing else { return lock.unlock() }
        writing = true
        while !queue.isEmpty {
            let batch = queue
            queue.removeAll()
            lock.unlock()
            let results: [IngestReport]
            do {
                results = try store.ingest(batch.map(\.items), seenAt: seenAt)
            } catch {
                lock.withLock { writing = false }
                throw error
            }
            lock.lock()
            for (entry, result) in zip(batch, results) {
                var outcome = entry.outcome
                outcome.newItems = result.newItems
                outcome.updatedItems = result.updatedItems
                reports.append(result)
                record(outcome, state: entry.state)
            }
        }
        writing = false
        lock.unlock()
    }

    /// Called with `lock` held.
    private func record(_ outcome: SourceOutcome, state: FetchState) {
        done += 1
        outcomes.append(outcome)
        states.append((outcome.sourceID, state))
        progress(outcome, done, total)
    }
}
