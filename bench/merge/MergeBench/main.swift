import FeedMerge
import FeedModel
import FeedStore
import Foundation

/// `feedbridge-merge-bench COUNT INDEX FOLDER`: generates COUNT items (``BenchCorpus``),
/// keys them, and places them with StoryMatcher over INDEX (`sqlite`: FeedStore's ingest
/// into FOLDER/bench.sqlite, in batches of one fetch cycle; `memory`: InMemoryStoryIndex).
/// Items are keyed on the other cores while the previous batch is placed, as the
/// aggregator keys each source's items in its fetch task. Prints one line: `index count
/// seconds items/s stories merged-copies` (peak RSS is measured by the caller with /usr/bin/time).
let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[1]), ["sqlite", "memory"].contains(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: feedbridge-merge-bench COUNT sqlite|memory FOLDER\n".utf8))
    exit(64)
}
let batches = KeyedBatches(corpus: BenchCorpus(count: count), size: 2_000)
let started = ContinuousClock.now
var stories = 0
if arguments[2] == "memory" {
    let matcher = StoryMatcher()
    var index = InMemoryStoryIndex()
    while let batch = batches.next() {
        for (entry, keyed) in batch {
            let item = MatchItem(keyed, sourceID: "portal\(entry.source)", level: .ward, priority: 20, date: entry.item.published ?? Date())
            let decision = try matcher.decide(item, in: index)
            if decision.story == nil { stories += 1 }
            index.insert(item, decision: decision)
        }
    }
} else {
    let path = URL(fileURLWithPath: arguments[3]).appendingPathComponent("bench.sqlite").path
    try? FileManager.default.removeItem(atPath: path)
    let store = try FeedStore(path: path)
    try store.syncSources((0..<BenchCorpus.sourceCount).map {
        SourceRecord(id: "portal\($0)", name: "Portal \($0)", url: "https://portal\($0).hanoi.gov.vn/rss", priority: 20, enabled: true, level: .ward)
    })
    while let batch = batches.next() {
        var bySource: [Int: [KeyedItem]] = [:]
        var order: [Int] = []
        for (entry, keyed) in batch {
            if bySource[entry.source] == nil { order.append(entry.source) }
            bySource[entry.source, default: []].append(keyed)
        }
        let fetches = order.map { SourceItems(sourceID: "portal\($0)", items: bySource[$0] ?? []) }
        let reports = try store.ingest(fetches, seenAt: batch.last?.0.item.published ?? Date())
        stories += reports.reduce(0) { $0 + $1.newStories }
    }
}
let elapsed = ContinuousClock.now - started
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(String(format: "%@ %d %.2f %.0f %d %d", arguments[2], count, seconds, Double(count) / seconds, stories, count - stories))
