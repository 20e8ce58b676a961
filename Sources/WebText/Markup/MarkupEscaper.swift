/// Escaping of text for XML and HTML, at the byte level: the one escaper of every stage
/// that writes markup (the sanitizer, the parser's XHTML capture, the publisher's files,
/// the simulated portals).
///
/// `&`, `<` and `>` always become entities (so `]]>` can never appear); `"`, `'`, tab,
/// line feed and carriage return become the references an escaper is made with, or
/// stay as they are. With `dropsNonXML`, the characters XML 1.0 forbids are dropped: the
/// C0 controls other than tab, line feed and carriage return, and U+FFFE and U+FFFF
/// (lone surrogates cannot occur in a Swift string); DEL and the C1 controls
/// (U+007F–U+009F), which XML 1.0 discourages and HTML forbids, are dropped too.
///
/// ```swift
/// MarkupEscaper.htmlAttribute.escape(#"Tin & "sự kiện""#)   // Tin &amp; &quot;sự kiện&quot;
/// ```
public struct MarkupEscaper: Sendable {
    private let quote: StaticString?
    private let apostrophe: StaticString?
    private let tab: StaticString?
    private let lineFeed: StaticString?
    private let carriageReturn: StaticString?
    private let dropsNonXML: Bool
    /// The bytes that may need escaping or dropping (the others are copied).
    private let watched: ByteSet
    private let watchesControls: Bool

    /// HTML element content (and XML text that needs no more): `&` `<` `>`.
    public static let htmlText = MarkupEscaper()
    /// A double-quoted HTML attribute value: `&` `<` `>` `"`.
    public static let htmlAttribute = MarkupEscaper(quote: "&quot;")
    /// XML element content: `&` `<` `>`, CR as `&#13;` (so that a reader gets it back),
    /// the characters XML forbids dropped.
    public static let xmlText = MarkupEscaper(carriageReturn: "&#13;", dropsNonXML: true)
    /// A double-quoted XML attribute value: also `"`, and tab, LF and CR as references so
    /// that attribute-value normalization gives them back.
    public static let xmlAttribute = MarkupEscaper(
        quote: "&quot;", tab: "&#9;", lineFeed: "&#10;", carriageReturn: "&#13;", dropsNonXML: true
    )

    /// An escaper of `&` `<` `>` that writes the given references for the other
    /// characters (nil leaves a character as it is) and, with `dropsNonXML`, drops what
    /// XML 1.0 forbids.
    public init(
        quote: StaticString? = nil, apostrophe: StaticString? = nil, tab: StaticString? = nil,
        lineFeed: StaticString? = nil, carriageReturn: StaticString? = nil, dropsNonXML: Bool = false
    ) {
        self.quote = quote
        self.apostrophe = apostrophe
        self.tab = tab
        self.lineFeed = lineFeed
        self.carriageReturn = carriageReturn
        self.dropsNonXML = dropsNonXML
        var watched = ByteSet("&<>")
        if quote != nil { watched.insert(UInt8(ascii: "\"")) }
        if apostrophe != nil { watched.insert(UInt8(ascii: "'")) }
        if tab != nil { watched.insert(0x09) }
        if lineFeed != nil { watched.insert(0x0A) }
        if carriageReturn != nil { watched.insert(0x0D) }
        if dropsNonXML {
            for byte: UInt8 in 0..<0x20 { watched.insert(byte) }
            for byte: UInt8 in [0x7F, 0xC2, 0xEF] { watched.insert(byte) }
        }
        self.watched = watched
        watchesControls = dropsNonXML || tab != nil || lineFeed != nil || carriageReturn != nil
    }

    /// `text` escaped; `text` itself when nothing in it needs escaping.
    public func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard firstWatched(in: bytes, from: 0) < bytes.count else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            append(bytes, to: &output)
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }

    /// Appends `text` escaped to `output`.
    public func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &output) }
    }

    /// Appends the UTF-8 `bytes` escaped to `output`, copying the runs between escapes whole.
    public func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var copied = 0
        var index = 0
        while true {
            index = firstWatched(in: bytes, from: index)
            guard index < bytes.count else { break }
            let (width, replacement) = self.replacement(in: bytes, at: index)
            guard width > 0 else {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            if let replacement {
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            }
            index += width
            copied = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
    }

    /// The index of the first watched byte at or after `start`, or the end; eight bytes
    /// at a time while none of them can be one.
    @inline(__always)
    private func firstWatched(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ByteScan.firstIndex(in: bytes, from: start, mayMatch: { word in
            (watchesControls && ByteScan.hasByte(word, below: 0x20))
                || ByteScan.hasByte(word, equalTo: UInt8(ascii: "&")) || ByteScan.hasByte(word, equalTo: UInt8(ascii: "<"))
                || ByteScan.hasByte(word, equalTo: UInt8(ascii: ">"))
                || (quote != nil && ByteScan.hasByte(word, equalTo: UInt8(ascii: "\"")))
                || (apostrophe != nil && ByteScan.hasByte(word, equalTo: UInt8(ascii: "'")))
                || (dropsNonXML && (ByteScan.hasByte(word, equalTo: 0x7F) || ByteScan.hasByte(word, equalTo: 0xC2)
                    || ByteScan.hasByte(word, equalTo: 0xEF)))
        }, isMatch: watched.contains)
    }

    /// What the watched byte at `index` becomes: how many bytes it replaces (0: it stays)
    /// and the reference written instead (nil: dropped).
    private func replacement(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, StaticString?) {
        switch bytes[index] {
        case UInt8(ascii: "&"): (1, "&amp;")
        case UInt8(ascii: "<"): (1, "&lt;")
        case UInt8(ascii: ">"): (1, "&gt;")
        case UInt8(ascii: "\""): (1, quote)
        case UInt8(ascii: "'"): (1, apostrophe)
        case 0x09: tab.map { (1, $0) } ?? (0, nil)
        case 0x0A: lineFeed.map { (1, $0) } ?? (0, nil)
        case 0x0D: carriageReturn.map { (1, $0) } ?? (0, nil)
        case 0x00..<0x20, 0x7F: (1, nil)
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] < 0xA0: (2, nil)
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE: (3, nil)
        default: (0, nil)
        }
    }
}
