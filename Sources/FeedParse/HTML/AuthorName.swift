/// An author's name as pages write it, without the label before it:
/// `Tác giả: Ban biên tập` → `Ban biên tập`, `By Jane Doe` → `Jane Doe`.
enum AuthorName {
    /// Labels followed by a colon (lowercase NFC); longer labels first.
    private static let labels = ["bài và ảnh", "người viết", "tác giả", "posted by", "written by", "author", "bài", "by"]

    /// `text` without a leading label and the colon or dash after it; nil when nothing is left.
    static func cleaned(_ text: String) -> String? {
        for label in labels {
            let head = text.prefix(label.count)
            guard head.count == label.count, head.lowercased() == label else { continue }
            let rest = text.dropFirst(label.count)
            let mark = rest.drop { $0.isWhitespace }.first
            let separated = mark == ":" || mark == "-" || (label.hasSuffix("by") && rest.first?.isWhitespace == true)
            guard separated else { continue }
            let name = rest.drop { $0 == ":" || $0 == "-" || $0.isWhitespace }
            return name.isEmpty ? nil : String(name)
        }
        return text
    }
}
