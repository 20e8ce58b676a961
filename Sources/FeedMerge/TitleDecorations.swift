/// The decorations portals add to a title, removed for matching only (the published
/// title keeps them): a media label at either end (`[Video]`, `(Ảnh)`, `Clip:`,
/// `Infographic:`, `Trực tiếp:`), and at the end a segment naming the reposting unit or
/// portal (` - Phường Yên Hòa`, ` | Chương Mỹ`, ` | Cổng TTĐT quận Hà Đông`, `(Xã Sóc Sơn)`).
///
/// ```swift
/// TitleDecorations.stripped("[Video] Khai mạc lễ hội hoa đào - Phường Yên Hòa")
/// // "Khai mạc lễ hội hoa đào"
/// ```
enum TitleDecorations {
    /// Folded media labels.
    static let mediaLabels: Set<String> = [
        "video", "clip", "ảnh", "photo", "infographic", "trực tiếp", "podcast", "emagazine", "longform",
        "audio", "phóng sự ảnh", "chùm ảnh", "trực tuyến",
    ]
    /// Folded beginnings of a portal's own name (`Cổng TTĐT …`, `Cổng thông tin điện tử …`).
    static let portalPrefixes = ["cổng ttđt", "cổng thông tin", "trang thông tin điện tử", "báo điện tử"]

    private static let separators: [[UInt8]] = [" - ", " – ", " — ", " | ", " ｜ "].map { Array($0.utf8) }
    private static let labelSeparators: [[UInt8]] = [Array(":".utf8)] + separators
    private static let brackets: [(Character, Character)] = [("[", "]"), ("(", ")")]

    /// The title without its decorations; the title itself when nothing would be left.
    static func stripped(_ title: String) -> String {
        var text = Substring(title).trimmingSpaces
        while true {
            let before = text
            text = withoutLeadingLabel(text)
            text = withoutTrailingSegment(text)
            if text == before { break }
        }
        return text.isEmpty ? title : String(text)
    }

    /// `[Video] …`, `(Ảnh) …`, `Clip: …`, `Trực tiếp - …`.
    private static func withoutLeadingLabel(_ text: Substring) -> Substring {
        for (open, close) in brackets where text.first == open {
            if let end = text.firstIndex(of: close), mediaLabels.contains(fold(text[text.index(after: text.startIndex)..<end])) {
                return text[text.index(after: end)...].trimmingSpaces
            }
        }
        for separator in labelSeparators {
            if let range = text.byteRange(of: separator), mediaLabels.contains(fold(text[..<range.lowerBound])) {
                return text[range.upperBound...].trimmingSpaces
            }
        }
        return text
    }

    /// `… [Video]`, `… (Xã Y)`, `… - Phường X`, `… | Cổng TTĐT …`.
    private static func withoutTrailingSegment(_ text: Substring) -> Substring {
        for (open, close) in brackets where text.last == close {
            if let start = text.lastIndex(of: open), start != text.startIndex,
               isDecoration(fold(text[text.index(after: start)..<text.index(before: text.endIndex)])) {
                return text[..<start].trimmingSpaces
            }
        }
        for separator in separators {
            if let range = text.byteRange(of: separator, last: true), range.lowerBound != text.startIndex,
               isDecoration(fold(text[range.upperBound...])) {
                return text[..<range.lowerBound].trimmingSpaces
            }
        }
        return text
    }

    private static func isDecoration(_ folded: String) -> Bool {
        mediaLabels.contains(folded) || UnitNames.isUnit(folded) || portalPrefixes.contains { folded.hasPrefix($0) }
    }

    private static func fold(_ text: Substring) -> String {
        VietnameseFolding.fold(String(text))
    }
}

extension Substring {
    /// The first (or last) range of `needle`'s UTF-8 bytes. Separators are found by their
    /// bytes: Foundation's `range(of:)` bridges to NSString on Linux, and the standard
    /// library's generic searcher costs as much, each more than the rest of the keying.
    func byteRange(of needle: [UInt8], last: Bool = false) -> Range<Index>? {
        let search = { (bytes: UnsafeBufferPointer<UInt8>) in Self.offset(of: needle, in: bytes, last: last) }
        guard let found = utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
        else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: needle.count)
    }

    private static func offset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, last: Bool) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var match: Int?
        for offset in 0...(bytes.count - needle.count)
        where bytes[offset] == first && bytes[offset..<(offset + needle.count)].elementsEqual(needle) {
            match = offset
            if !last { break }
        }
        return match
    }

    /// Without spaces at either end.
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
