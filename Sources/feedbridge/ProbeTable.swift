import FeedBridge
import Foundation

/// The `check --probe` table: one aligned row per source.
enum ProbeTable {
    static func render(_ rows: [SourceProbe.Row], timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
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
