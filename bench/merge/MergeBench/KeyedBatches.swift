import Foundation
import FeedMerge
import FeedModel

/// The corpus in batches of keyed items: while the caller places one batch, the next is
/// generated and keyed in the background, across the machine's cores.
final class KeyedBatches: @unchecked Sendable {
    typealias Batch = [(BenchCorpus.Entry, KeyedItem)]

    private var corpus: BenchCorpus
    private let size: Int
    private let keyer = ItemKeyer(cityID: "tag:hanoi.gov.vn,2025:city-feed")
    private let background = DispatchQueue(label: "merge-bench.keying")
    private let ready = DispatchGroup()
    /// Written by the background queue, read after `ready` is waited for.
    private var upcoming: Batch = []

    init(corpus: BenchCorpus, size: Int) {
        self.corpus = corpus
        self.size = size
        prepare()
    }

    /// The next keyed batch, or nil at the end of the corpus.
    func next() -> Batch? {
        ready.wait()
        let batch = upcoming
        guard !batch.isEmpty else { return nil }
        prepare()
        return batch
    }

    private func prepare() {
        background.async(group: ready) { [self] in
            let entries = corpus.next(size)
            let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
            let chunk = (entries.count + workers - 1) / max(workers, 1)
            var keyed = [KeyedItem?](repeating: nil, count: entries.count)
            keyed.withUnsafeMutableBufferPointer { output in
                nonisolated(unsafe) let output = output
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    for index in (worker * chunk)..<min(entries.count, (worker + 1) * chunk) {
                        let entry = entries[index]
                        output[index] = keyer.keyed(entry.item, sourceID: "portal\(entry.source)")
                    }
                }
            }
            upcoming = zip(entries, keyed).map { ($0, $1!) }
        }
    }
}
