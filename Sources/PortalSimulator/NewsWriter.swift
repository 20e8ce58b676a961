import Foundation
import WebText

/// Writes the Vietnamese titles and article texts of the simulated news from
/// `NewsTemplates`, deterministically from a seeded generator.
enum NewsWriter {
    /// A new story's template and title for `portal`; city stories feature a ward.
    static func title(
        for portal: SimulatedPortal, featuring ward: SimulatedPortal?, at time: Int, random: inout SeededGenerator
    ) -> (template: NewsTemplates.Title, text: String) {
        let template = random.pick(portal.level == .city ? NewsTemplates.city : NewsTemplates.local)
        let text = fill(template.text, portal: portal, ward: ward, time: CivilTime(epoch: time), random: &random)
        return (template, text)
    }

    /// The article's paragraphs, from the story's own seed.
    static func paragraphs(of story: Story) -> [String] {
        var random = SeededGenerator(seed: story.textSeed)
        let subject = story.subject
        let venue = fill(random.pick(NewsTemplates.venues), random: &random)
        let opening = "\(when(story.published)), tại \(venue) \(subject) đã diễn ra \(story.event). "
            + "Tham dự có đồng chí \(person(&random)), \(random.pick(NewsTemplates.positions)) \(subject); "
            + "đại diện các ban, ngành, đoàn thể và đông đảo cán bộ, nhân dân trên địa bàn."
        let report = "Theo báo cáo, thời gian qua \(subject) đã "
            + fill(random.pick(NewsTemplates.achievements), random: &random)
            + ", góp phần thực hiện hiệu quả nhiệm vụ \(random.pick(NewsTemplates.topics))."
        let speech = "Phát biểu chỉ đạo, đồng chí \(person(&random)), \(random.pick(NewsTemplates.positions)) \(subject) nhấn mạnh "
            + random.pick(NewsTemplates.quotes)
        let closing = "Thời gian tới, \(subject) sẽ tiếp tục \(random.pick(NewsTemplates.plans))."
        return [opening, report, speech, closing]
    }

    /// The first paragraph, used as the summary in feeds.
    static func summary(of story: Story) -> String {
        paragraphs(of: story)[0]
    }

    /// `text` cut at a word boundary to at most `limit` characters, with "…" when cut.
    static func excerpt(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]).trimmingCharacters(in: .punctuationCharacters) + "…"
    }

    /// The URL slug of a Vietnamese title: `Phường Hoàn Kiếm tổ chức…` → `phuong-hoan-kiem-to-chuc…`.
    static func slug(_ title: String, limit: Int = 80) -> String {
        var ascii = ""
        for scalar in title.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "\u{0300}"..."\u{036F}": continue
            case "đ", "Đ", "\u{00D0}": ascii.append("d")
            default: ascii.unicodeScalars.append(scalar)
            }
        }
        var slug = PortalDirectory.slug(ascii)
        if slug.count > limit {
            slug = String(slug.prefix(limit))
            if let hyphen = slug.lastIndex(of: "-") { slug = String(slug[..<hyphen]) }
        }
        return slug
    }

    /// When the event took place, from the publication time: "Chiều ngày 01/09/2025";
    /// stories published at night tell of the evening before.
    private static func when(_ published: Int) -> String {
        let time = CivilTime(epoch: published)
        switch time.hour {
        case ..<7: return "Tối ngày \(CivilTime(epoch: published - 86_400).dayMonthYear)"
        case ..<11: return "Sáng ngày \(time.dayMonthYear)"
        case ..<13: return "Trưa ngày \(time.dayMonthYear)"
        case ..<18: return "Chiều ngày \(time.dayMonthYear)"
        default: return "Tối ngày \(time.dayMonthYear)"
        }
    }

    private static func person(_ random: inout SeededGenerator) -> String {
        "\(random.pick(NewsTemplates.familyNames)) \(random.pick(NewsTemplates.middleNames)) \(random.pick(NewsTemplates.givenNames))"
    }

    /// Fills the number and place placeholders of an article phrase.
    private static func fill(_ text: String, random: inout SeededGenerator) -> String {
        var result = ""
        forEachPart(of: text) { literal, token in
            result += literal
            switch token {
            case "P": result += "tổ dân phố số \(random.int(in: 1...40))"
            case "N": result += String(random.int(in: 2...12))
            case "K": result += String(random.int(in: 20...500))
            default: break
            }
        }
        return result
    }

    private static func fill(_ text: String, portal: SimulatedPortal, ward: SimulatedPortal?, time: CivilTime, random: inout SeededGenerator) -> String {
        var result = ""
        forEachPart(of: text) { literal, token in
            result += literal
            switch token {
            case "S": result += portal.subject
            case "s": result += portal.inlineSubject
            case "w": result += ward?.inlineSubject ?? "các phường, xã"
            case "Y": result += String(time.year)
            case "M": result += String(time.month)
            case "Q": result += random.pick(NewsTemplates.quarters)
            case "N": result += String(random.int(in: 2...12))
            case "K": result += String(random.int(in: 20...500))
            case "T": result += random.pick(NewsTemplates.topics)
            case "P": result += place(in: portal, random: &random)
            default: break
            }
        }
        return result
    }

    /// A place inside the unit: a residential group in a ward, a hamlet in a commune.
    private static func place(in portal: SimulatedPortal, random: inout SeededGenerator) -> String {
        portal.level == .commune
            ? "thôn \(random.pick(NewsTemplates.hamlets))"
            : "tổ dân phố số \(random.int(in: 1...40))"
    }

    /// Calls `body` with each literal run and the placeholder letter after it (nil at the end).
    private static func forEachPart(of text: String, _ body: (Substring, Character?) -> Void) {
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let letter = rest.index(after: open)
            let close = rest.index(after: letter)
            body(rest[..<open], rest[letter])
            rest = rest[rest.index(after: close)...]
        }
        body(rest, nil)
    }
}
