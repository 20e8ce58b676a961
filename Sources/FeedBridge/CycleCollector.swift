import FeedModel
import FeedStore
import Foundation
import Synchronization

/// Gathers a cycle's finished sources from concurrent tasks, and stores their items in
/// batches: whichever task finds the store idle writes everything queued so far in one
/// transaction, so 600 small sources cost a few commits instead of 600, and no task
/// waits for another's write.
final class CycleCollector: Sendable {
    /// What the cycle has gathered once every source is done.
    struct Gathered: Sendable {
        var outcomes: [SourceOutcome] = []
        var states: [(sourceID: String, state: FetchState)] = []
        var reports: [IngestReport] = []
    }

    private struct State {
        var queue: [(items: SourceItems, outcome: SourceOutcome, state: FetchState)] = []
        var writing = false
        var done = 0
        var gathered = Gathered()

        /// Takes the queued sources, leaving the queue empty.
        mutating func takeQueue() -> [(items: SourceItems, outcome: SourceOutcome, state: FetchState)] {
            defer { queue.removeAll() }
            return queue
        }
    }

    private let store: FeedStore
    private let seenAt: Date
    private let total: Int
    private let progress: @Sendable (SourceOutcome, Int, Int) -> Void
    private let state = Mutex(State())

    init(store: FeedStore, seenAt: Date, total: Int, progress: @escaping @Sendable (SourceOutcome, Int, Int) -> Void) {
        self.store = store
        self.seenAt = seenAt
        self.total = total
        self.progress = progress
    }

    /// Everything gathered so far (all of it once the cycle's tasks are done).
    var gathered: Gathered { state.withLock { $0.gathered } }

    /// A source that stored nothing (failed, not modified, gone).
    func finish(_ outcome: SourceOutcome, state fetchState: FetchState) {
        state.withLock { record(outcome, state: fetchState, in: &$0) }
    }

    /// A source with items to store: they are written with the next batch, and the
    /// outcome gets its counts of new and updated items then.
    func store(_ items: SourceItems, outcome: SourceOutcome, state fetchState: FetchState) throws {
        var batch: [(items: SourceItems, outcome: SourceOutcome, state: FetchState)] = state.withLock { state in
            state.queue.append((items, outcome, fetchState))
            guard !state.writing else { return [] }
            state.writing = true
            return state.takeQueue()
        }
        while !batch.isEmpty {
            let results: [IngestReport]
            do {
                results = try store.ingest(batch.map(\.items), seenAt: seenAt)
            } catch {
                state.withLock { $0.writing = false }
                throw error
            }
            batch = state.withLock { state in
                for (entry, result) in zip(batch, results) {
                    var outcome = entry.outcome
                    outcome.newItems = result.newItems
                    outcome.updatedItems = result.updatedItems
                    state.gathered.reports.append(result)
                    record(outcome, state: entry.state, in: &state)
                }
                let next = state.takeQueue()
                if next.isEmpty { state.writing = false }
                return next
            }
        }
    }

    private func record(_ outcome: SourceOutcome, state fetchState: FetchState, in state: inout State) {
        state.done += 1
        state.gathered.outcomes.append(outcome)
        state.gathered.states.append((outcome.sourceID, fetchState))
        progress(outcome, state.done, total)
    }
}
