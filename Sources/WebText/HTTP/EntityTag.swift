/// Entity tags (RFC 9110 §8.8.3) and the `If-None-Match` precondition (§13.1.2).
///
/// ```swift
/// let tag = EntityTag.strong(of: bytes)             // "\"9f0c3a…\""
/// EntityTag.ifNoneMatch("W/\"a\", \(tag)", matches: tag)   // true: a 304
/// ```
public enum EntityTag {
    /// A strong tag for a representation: a 64-bit FNV-1a hash of its bytes in quoted
    /// hex, then `suffix` (another representation of the same content, e.g. `-gz`, gets
    /// its own tag). The same bytes give the same tag in every process and on every machine.
    public static func strong(of bytes: UnsafeRawBufferPointer, suffix: String = "") -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let digits = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - digits.count) + digits + suffix + "\""
    }

    /// ``strong(of:suffix:)`` of an array of bytes.
    public static func strong(of bytes: [UInt8], suffix: String = "") -> String {
        bytes.withUnsafeBytes { strong(of: $0, suffix: suffix) }
    }

    /// True when an `If-None-Match` field value matches `tag`, the current
    /// representation's tag (quoted, `W/` allowed): the value is `*`, or one of its
    /// comma-separated tags equals `tag` by the weak comparison (opaque tags equal,
    /// `W/` ignored). A tag may itself contain commas, so the list is scanned, not split.
    public static func ifNoneMatch(_ field: String, matches tag: String) -> Bool {
        let current = opaque(tag[...].utf8)
        var rest = field.utf8[...]
        while true {
            rest = rest.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ",") }
            guard let first = rest.first else { return false }
            if first == UInt8(ascii: "*") { return true }
            if rest.starts(with: "W/".utf8) { rest = rest.dropFirst(2) }
            guard rest.first == UInt8(ascii: "\"") else { return false }  // not a tag: stop reading
            guard let close = rest.dropFirst().firstIndex(of: UInt8(ascii: "\"")) else { return false }
            if rest[...close].elementsEqual(current) { return true }
            rest = rest[rest.index(after: close)...]
        }
    }

    /// The opaque part of a tag: without its `W/`.
    private static func opaque(_ tag: Substring.UTF8View) -> Substring.UTF8View {
        tag.starts(with: "W/".utf8) ? tag.dropFirst(2) : tag
    }
}
