import Foundation
import WebText

/// `/status`: the page an operator opens first, in Vietnamese. A summary line
/// ("3 nguồn cần chú ý"), the running configuration and the last reload and cycle, then
/// one row per source, those needing attention first. Each row carries its state in
/// English in `data-state`, for scripts.
enum StatusPage {
    static func html(_ status: ServiceStatus) -> String {
        let attention = status.needingAttention.count
        var html = """
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Tình trạng nguồn tin — FeedBridge</title>
            <style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}tr.attention{background:#fff3f0}.summary{font-size:1.3em;font-weight:bold}</style>
            </head>
            <body>
            <h1>Tình trạng nguồn tin</h1>

            """
        html += attention == 0
            ? "<p class=\"summary\">Mọi nguồn đều ổn (\(status.sources.count) nguồn)</p>\n"
            : "<p class=\"summary\">\(attention) nguồn cần chú ý</p>\n<p>trong tổng số \(status.sources.count) nguồn.</p>\n"
        html += "<p>Cấu hình đang chạy: phiên bản <code>\(text(status.configVersion))</code>, nạp lúc \(time(status.configLoaded, status)).</p>\n"
        if let error = status.reloadError {
            html += "<p class=\"reload-error\">Lần nạp lại feeds.yaml gần nhất bị từ chối, cấu hình cũ vẫn chạy:</p>\n<pre>\(text(error))</pre>\n"
        }
        if let cycle = status.lastCycle {
            html += "<p>Chu kỳ gần nhất xong lúc \(time(cycle, status))"
                + (status.lastCycleSeconds.map { String(format: " (%.1f giây)", $0) } ?? "") + ".</p>\n"
        } else {
            html += "<p>Chưa có chu kỳ nào hoàn tất.</p>\n"
        }
        if let error = status.cycleError { html += "<p>Chu kỳ gần nhất thất bại:</p>\n<pre>\(text(error))</pre>\n" }
        html += """
            <table>
            <thead><tr><th>Nguồn</th><th>Trạng thái</th><th>Thành công gần nhất</th><th>Lỗi gần nhất</th><th>Lỗi liên tiếp</th><th>Lần lấy tới</th><th>Tin trong 7 ngày</th><th>Chuyển tới</th></tr></thead>
            <tbody>

            """
        let ordered = status.needingAttention + status.sources.filter { !$0.state.needsAttention }
        for source in ordered { html += row(source, status) }
        return html + "</tbody>\n</table>\n<p>Dạng máy đọc: <a href=\"/status.json\">/status.json</a></p>\n</body>\n</html>\n"
    }

    private static func row(_ source: SourceStatus, _ status: ServiceStatus) -> String {
        let error = source.lastError.map { message in
            (source.httpStatus.map { "HTTP \($0): " } ?? "") + message
        }
        let name: String = "<a href=\"\(attribute(source.url))\">\(text(source.name))</a><br><code>\(text(source.id))</code>"
        let lastSuccess: String = source.lastSuccess.map { time($0, status) } ?? "chưa có"
        let nextFetch: String = source.nextFetch.map { time($0, status) } ?? ""
        let movedTo: String = source.movedTo.map { "<a href=\"\(attribute($0))\">\(text($0))</a>" } ?? ""
        let cells: [String] = [
            name, label(source), lastSuccess, error.map(text) ?? "", String(source.consecutiveFailures), nextFetch,
            String(source.itemsLast7Days), movedTo,
        ]
        let rowClass = source.state.needsAttention ? " class=\"attention\"" : ""
        return "<tr id=\"source-\(attribute(source.id))\" data-state=\"\(source.state.rawValue)\"\(rowClass)>"
            + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
    }

    /// The state in Vietnamese; a stale source says how long it has been quiet.
    private static func label(_ source: SourceStatus) -> String {
        switch source.state {
        case .ok: return "bình thường"
        case .notModified: return "không có gì mới (304)"
        case .failing: return "đang lỗi"
        case .rateLimited: return "bị giới hạn (429/503)"
        case .gone: return "đã gỡ (410)"
        case .moved: return "đã chuyển địa chỉ"
        case .disabled: return "đã tắt"
        case .stale:
            let gap = source.usualGapSeconds.map { " (thường " + days($0) + " một tin)" } ?? ""
            return "im lặng bất thường" + gap
        }
    }

    private static func days(_ seconds: Double) -> String {
        seconds >= 86_400 ? String(format: "%.1f ngày", seconds / 86_400) : String(format: "%.1f giờ", seconds / 3_600)
    }

    /// `29/11/2026 14:05` at the city's offset.
    private static func time(_ date: Date, _ status: ServiceStatus) -> String {
        let time = CivilTime(date, offset: status.utcOffsetSeconds)
        return time.dayMonthYear + " " + CivilTime.pad(time.hour) + ":" + CivilTime.pad(time.minute)
    }

    private static func text(_ value: String) -> String { MarkupEscaper.htmlText.escape(value) }
    private static func attribute(_ value: String) -> String { MarkupEscaper.htmlAttribute.escape(value) }
}
