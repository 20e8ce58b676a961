import FeedFetch
import FeedModel
import Foundation

/// How `feedbridge fetch` shows results: an aligned table, or JSON lines.
enum FetchReport {
    /// One row per result: URL, status, outcome, final URL, size, total time, error.
    static func table(_ results: [FetchResult]) -> String {
        let header = ["URL", "STATUS", "OUTCOME", "FINAL URL", "SIZE", "TIME", "ERROR"]
        let rows = results.map { result in
            [
                result.request.url,
                result.status == 0 ? "-" : String(result.status),
                outcome(result),
                result.finalURL,
                size(result.body.count),
                String(format: "%.0f ms", milliseconds(result.timings.total)),
                result.outcome.error?.summary ?? "",
            ]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        return ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
        }.joined()
    }

    /// One JSON object with everything the fetcher reported.
    static func jsonLine(_ result: FetchResult) -> String {
        let writer = JSONWriter(pretty: false)
        writer.object {
            writer.field("url", result.request.url)
            if result.status != 0 { writer.field("status", result.status) }
            writer.field("http_version", result.httpVersion)
            writer.field("outcome", outcome(result))
            writer.field("final_url", result.finalURL)
            writer.field("moved_permanently_to", result.movedPermanentlyTo)
            writer.field("size", result.body.count)
            writer.field("etag", result.headers.etag)
            writer.field("last_modified", result.headers.lastModified)
            writer.field("content_type", result.headers.contentType)
            writer.field("cache_control", result.headers.cacheControl)
            if case .rateLimited(let retryAfter?) = result.outcome {
                writer.field("retry_after_seconds", Int(retryAfter.components.seconds))
            }
            writer.key("timings_ms")
            writer.object {
                let timings = result.timings
                for (name, duration) in [("dns", timings.dns), ("connect", timings.connect), ("tls", timings.tls), ("first_byte", timings.firstByte), ("total", timings.total)] {
                    writer.key(name)
                    writer.raw(String(format: "%.3f", milliseconds(duration)))
                }
            }
            writer.field("error", result.outcome.error?.description)
        }
        return writer.output
    }

    /// The totals of `feedbridge fetch --summary`, printed as one JSON line:
    /// `{"requests":N,"ok":N,"notModified":N,"failed":N,"bytes":B,"seconds":S}`.
    /// `failed` counts every request that is neither ok nor not modified; `bytes` are
    /// the decompressed bodies received, error pages included.
    struct Summary {
        private(set) var requests = 0, ok = 0, notModified = 0, failed = 0, bytes = 0

        mutating func add(_ result: FetchResult) {
            requests += 1
            bytes += result.body.count
            switch result.outcome {
            case .ok: ok += 1
            case .notModified: notModified += 1
            case .gone, .rateLimited, .failed: failed += 1
            }
        }

        /// The JSON line, with `seconds` the wall time from the first request to the last result.
        func jsonLine(seconds: Duration) -> String {
            let writer = JSONWriter(pretty: false)
            writer.object {
                for (name, value) in [("requests", requests), ("ok", ok), ("notModified", notModified), ("failed", failed), ("bytes", bytes)] {
                    writer.field(name, value)
                }
                writer.key("seconds")
                writer.raw(String(format: "%.3f", milliseconds(seconds) / 1000))
            }
            return writer.output
        }
    }

    private static func outcome(_ result: FetchResult) -> String {
        result.movedPermanentlyTo == nil ? result.outcome.label : "\(result.outcome.label), moved permanently"
    }

    private static func size(_ bytes: Int) -> String {
        switch bytes {
        case ..<1000: "\(bytes) B"
        case ..<1_000_000: String(format: "%.1f kB", Double(bytes) / 1000)
        default: String(format: "%.1f MB", Double(bytes) / 1_000_000)
        }
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
