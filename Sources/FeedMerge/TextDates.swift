import Foundation

/// The dates and times a text gives (`ngày 06/12/2026` → `6/12/2026`, `7h30` and `7 giờ
/// 30` → `7h30`, `06h00` → `6h`): two notices on one template that name other days or
/// hours are different news.
enum TextDates {
    private static let expression = try? NSRegularExpression(
        pattern: #"(?<![0-9])([0-9]{1,2})/([0-9]{1,2})(?:/([0-9]{2,4}))?(?![0-9])|(?<![0-9])([0-9]{1,2}) ?(?:h|giờ) ?([0-9]{1,2})?(?![0-9])"#,
        options: [.caseInsensitive]
    )

    static func dates(in text: String) -> Set<String> {
        guard let expression, !text.isEmpty else { return [] }
        var dates: Set<String> = []
        let range = NSRange(text.startIndex..., in: text)
        for match in expression.matches(in: text, range: range) {
            func group(_ index: Int) -> String? {
                Range(match.range(at: index), in: text).map { String(Int(text[$0]) ?? 0) }
            }
            if let day = group(1), let month = group(2) {
                dates.insert([day, month, group(3)].compactMap { $0 }.joined(separator: "/"))
            } else if let hour = group(4) {
                let minutes = group(5).flatMap { $0 == "0" ? nil : $0 } ?? ""
                dates.insert(hour + "h" + minutes)
            }
        }
        return dates
    }
}
