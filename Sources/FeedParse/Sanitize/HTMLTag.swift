/// What the fragment parser knows about an element name: how HTML parses it, and what
/// the sanitizer does with it. A plain value, copied without reference counting.
struct HTMLTag: Sendable {
    /// How the HTML parsing rules treat the element.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// Has no content and no end tag (`<br>`, `<img>`).
        static let void = Flags(rawValue: 1 << 0)
        /// Its content is text up to its end tag (`<script>`, `<textarea>`...); skipped.
        static let rawText = Flags(rawValue: 1 << 1)
        /// The tag itself is ignored in a fragment (`<html>`, `<head>`, `<body>`).
        static let ignored = Flags(rawValue: 1 << 2)
        /// Its start tag closes an open `<p>` (`<div>`, `<ul>`, `<h1>`...).
        static let closesParagraph = Flags(rawValue: 1 << 3)
        /// HTML's "special" category (but for `<address>`, `<div>`, `<p>`): stops the
        /// search for the open `<li>`, `<dd>` or `<dt>` that a new one closes.
        static let special = Flags(rawValue: 1 << 4)
        /// Bounds the search for an open element (`<table>`, `<td>`, `<button>`...).
        static let scope = Flags(rawValue: 1 << 5)
        /// Separates words in plain text (`<p>a</p><p>b</p>` reads "a b").
        static let block = Flags(rawValue: 1 << 6)
    }

    /// Elements whose start tag closes an open element of the same group.
    enum Group: Sendable {
        case none, paragraph, heading, listItem, definition, cell, row, rowGroup, table, link, lineBreak
    }

    let key: HTMLTagKey
    let flags: Flags
    let group: Group
    /// What the sanitizer does with the element; nil when the policy does not list it
    /// (its tag is dropped, its text kept).
    let element: SanitizerPolicy.Element?

    init(key: HTMLTagKey, flags: Flags = [], group: Group = .none, element: SanitizerPolicy.Element? = nil) {
        self.key = key
        self.flags = flags
        self.group = group
        self.element = element
    }

    /// Appends the lowercase name (packed in the key of a known element: at most 15 bytes).
    func appendName(to output: inout [UInt8]) {
        let count = min(Int(truncatingIfNeeded: key >> 120), 15)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 15) { name in
            for index in 0..<count { name[index] = UInt8(truncatingIfNeeded: key >> (8 * index)) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: name[..<count]))
        }
    }
}

/// An element name, lowercase, as a number: exact for names of up to 15 bytes (bytes and
/// length packed), a 64-bit hash for longer ones (which no known element has).
typealias HTMLTagKey = UInt128

/// Builds an `HTMLTagKey` one byte at a time, lowercasing ASCII letters.
struct HTMLTagKeyBuilder {
    private var packed: UInt128 = 0
    private var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    private var count = 0

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        let lower = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
        if count < 15 { packed |= UInt128(lower) << (8 * count) }
        hash = (hash ^ UInt64(lower)) &* 0x100_0000_01B3
        count += 1
    }

    var key: HTMLTagKey {
        count <= 15 ? packed | UInt128(count) << 120 : UInt128(hash) | UInt128(0xFF) << 120
    }

    static func key(_ name: String) -> HTMLTagKey {
        var builder = HTMLTagKeyBuilder()
        for byte in name.utf8 { builder.add(byte) }
        return builder.key
    }
}
