/// What the fragment parser knows about an element name: how HTML parses it, and how
/// its text reads. A plain value, copied without reference counting.
package struct HTMLTag: Sendable {
    /// How the HTML parsing rules treat the element.
    package struct Flags: OptionSet, Sendable {
        package let rawValue: UInt16
        package init(rawValue: UInt16) { self.rawValue = rawValue }
        /// Has no content and no end tag (`<br>`, `<img>`).
        package static let void = Flags(rawValue: 1 << 0)
        /// Its content is text up to its end tag (`<script>`, `<textarea>`...); skipped.
        package static let rawText = Flags(rawValue: 1 << 1)
        /// The tag itself is ignored in a fragment (`<html>`, `<head>`, `<body>`).
        package static let ignored = Flags(rawValue: 1 << 2)
        /// Its start tag closes an open `<p>` (`<div>`, `<ul>`, `<h1>`...).
        package static let closesParagraph = Flags(rawValue: 1 << 3)
        /// HTML's "special" category (but for `<address>`, `<div>`, `<p>`): stops the
        /// search for the open `<li>`, `<dd>` or `<dt>` that a new one closes.
        package static let special = Flags(rawValue: 1 << 4)
        /// Bounds the search for an open element (`<table>`, `<td>`, `<button>`...).
        package static let scope = Flags(rawValue: 1 << 5)
        /// Separates words in plain text (`<p>a</p><p>b</p>` reads "a b").
        package static let block = Flags(rawValue: 1 << 6)
        /// Its content is no text a reader sees (scripts, styles, embedded objects, forms,
        /// metadata): plain text leaves it out, and the sanitizer drops it.
        package static let opaque = Flags(rawValue: 1 << 7)
    }

    /// Elements whose start tag closes an open element of the same group.
    package enum Group: Sendable {
        case none, paragraph, heading, listItem, definition, cell, row, rowGroup, table, link, lineBreak
    }

    package let key: HTMLTagKey
    package let flags: Flags
    package let group: Group

    package init(key: HTMLTagKey, flags: Flags = [], group: Group = .none) {
        self.key = key
        self.flags = flags
        self.group = group
    }

    /// Appends the lowercase name (packed in the key of a known element: at most 15 bytes).
    package func appendName(to output: inout [UInt8]) {
        let count = min(Int(truncatingIfNeeded: key >> 120), 15)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 15) { name in
            for index in 0..<count { name[index] = UInt8(truncatingIfNeeded: key >> (8 * index)) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: name[..<count]))
        }
    }
}

/// An element name, lowercase, as a number: exact for names of up to 15 bytes (bytes and
/// length packed), a 64-bit hash for longer ones (which no known element has).
package typealias HTMLTagKey = UInt128

/// Builds an `HTMLTagKey` one byte at a time, lowercasing ASCII letters.
package struct HTMLTagKeyBuilder {
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

    package static func key(_ name: String) -> HTMLTagKey {
        var builder = HTMLTagKeyBuilder()
        for byte in name.utf8 { builder.add(byte) }
        return builder.key
    }
}
