import FeedBridge
import Foundation

/// The `check --probe` table: one aligned row per source.
enum ProbeTable {
    static func render(_ rows: [SourceProbe.Row], timeZone: TimeZone) -> String {
        let formatter = dateFormatter(timeZone)
        let header = ["SOURCE", "STATUS", "HTTP", "ITEMS", "NEWEST", "ERROR"]
        let cells = rows.map { row in
            [
                row.sourceID, row.status, row.httpStatus == 0 ? "-" : String(row.httpStatus), String(row.items),
                row.newest.map { formatter.string(from: $0) } ?? "-", row.message ?? "",
            ]
        }
        var widths = header.map(\.count)
        for line in cells {
            for (column, cell) in line.enumerated().dropLast() { widths[column] = max(widths[column], cell.count) }
        }
        return ([header] + cells).map { line in
            line.enumerated().map { column, cell in
                column == line.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}

extension ProbeTable {
    /// Dates as `2025-09-02 08:00` in the city's zone.
    static func dateFormatter(_ timeZone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }

    /// One probed source's items (date, title, link) and the warnings about its rules.
    static func renderItems(_ row: SourceProbe.Row, timeZone: TimeZone) -> String {
        let formatter = dateFormatter(timeZone)
        var lines = ["\(row.sourceID): \(row.items) items"]
        for item in row.extracted {
            let date = (item.published ?? item.updated).map { formatter.string(from: $0) } ?? "(no date)       "
            let title = item.title.map { $0.count > 70 ? String($0.prefix(69)) + "…" : $0 } ?? "(no title)"
            lines.append("  \(date)  \(title)  \(item.link ?? "(no link)")")
        }
        lines += row.warnings.map { "  warning: \($0)" }
        if let message = row.message, !row.succeeded { lines.append("  error: \(message)") }
        return lines.joined(separator: "\n")
    }
}
