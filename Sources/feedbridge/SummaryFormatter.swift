import FeedBridge
import Foundation

/// The words of `run --once`'s summary and progress lines.
enum SummaryFormatter {
    /// One source's line: `hoan-kiem  200 ok  15 items, 3 new`.
    static func line(_ outcome: SourceOutcome) -> String {
        var text = "\(outcome.sourceID)  \(outcome.httpStatus == 0 ? "---" : String(outcome.httpStatus)) \(outcome.status.rawValue)"
        if outcome.status == .ok {
            text += "  \(outcome.itemCount) items, \(outcome.newItems) new"
            if outcome.updatedItems > 0 { text += ", \(outcome.updatedItems) updated" }
        }
        if let message = outcome.message { text += "  \(message)" }
        if let moved = outcome.movedTo { text += "  (moved permanently to \(moved): update its url in feeds.yaml)" }
        return text
    }

    /// The cycle's summary, several lines.
    static func summary(_ report: CycleReport, outputDirectory: URL) -> String {
        var lines: [String] = []
        let fetched = report.outcomes.count
        var sources = "Sources: \(fetched) fetched: \(report.count(.ok)) ok, \(report.count(.notModified)) not modified, "
        sources += "\(report.count(.failed)) failed"
        if report.count(.rateLimited) > 0 { sources += ", \(report.count(.rateLimited)) rate limited" }
        if report.count(.gone) > 0 { sources += ", \(report.count(.gone)) gone" }
        if !report.held.isEmpty { sources += "; \(report.held.count) not due (backing off or waiting)" }
        lines.append(sources)
        lines.append("Items: \(report.newItems) new, \(report.updatedItems) updated" + (report.deletedItems > 0 ? ", \(report.deletedItems) expired" : ""))
        lines.append("Stories: \(report.newStories) new, \(report.joinedStories) joined by another portal, \(report.storiesTotal) in the store")
        var files = "Files: \(report.written.count) written, \(report.unchanged.count) unchanged"
        if !report.removed.isEmpty { files += ", \(report.removed.count) removed" }
        lines.append(files + " in \(outputDirectory.path)")
        let problems = report.problems
        if !problems.isEmpty {
            lines.append("Needs attention:")
            lines += problems.map { "  " + line($0) }
        }
        let phases = report.phases
        lines.append(String(
            format: "Time: %.2f s (fetch, parse and store %.2f, retention %.2f, publish %.2f)",
            report.seconds, phases.fetch, phases.retention, phases.publish
        ))
        return lines.joined(separator: "\n")
    }
}
