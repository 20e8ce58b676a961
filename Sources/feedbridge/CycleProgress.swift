import FeedBridge
import Foundation
import Synchronization

/// Shows a cycle's progress on standard error: a redrawn bar on a terminal, one plain
/// line per source otherwise (cron mails, CI logs).
final class CycleProgress: Sendable {
    private let isTerminal = isatty(STDERR_FILENO) != 0
    /// The sources failed so far; held while a line is written, so lines never interleave.
    private let failed = Mutex(0)
    private let quiet: Bool

    init(quiet: Bool) {
        self.quiet = quiet
    }

    /// Reports one finished source.
    func sourceFinished(_ outcome: SourceOutcome, done: Int, total: Int) {
        guard !quiet else { return }
        failed.withLock { failed in
            if outcome.status == .failed || outcome.status == .gone || outcome.status == .rateLimited { failed += 1 }
            if isTerminal {
                let width = 30
                let filled = total == 0 ? width : width * done / total
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                let counts = "\(done)/\(total) sources" + (failed > 0 ? ", \(failed) failed" : "")
                write("\r\u{1B}[2K\(bar) \(counts)  \(outcome.sourceID)")
                if done == total { write("\n") }
            } else {
                let width = String(total).count
                let position = String(repeating: " ", count: max(0, width - String(done).count)) + String(done)
                write("[\(position)/\(total)] \(SummaryFormatter.line(outcome))\n")
            }
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
