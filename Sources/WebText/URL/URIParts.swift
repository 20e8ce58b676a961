/// The components of a URI reference (RFC 3986 appendix B), as ranges of its bytes.
///
/// The one splitter of the tree: the resolver, the canonical URLs of `FeedMerge` and the
/// fetcher's per-host key all read a URL through it.
package struct URIParts {
    /// After `//`, up to the path; nil when the reference has no `//`.
    package var authority: Range<Int>?
    package var path: Range<Int>
    /// After `?`, up to `#`.
    package var query: Range<Int>?
    /// After `#`.
    package var fragment: Range<Int>?

    /// Splits `bytes` from `start`, which is just after the `scheme:` if there is one.
    package init(_ bytes: [UInt8], from start: Int) {
        let end = bytes.count
        var index = start
        if index + 1 < end, bytes[index] == UInt8(ascii: "/"), bytes[index + 1] == UInt8(ascii: "/") {
            index += 2
            let authorityStart = index
            while index < end, bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: "?"), bytes[index] != UInt8(ascii: "#") {
                index += 1
            }
            authority = authorityStart..<index
        }
        let pathStart = index
        while index < end, bytes[index] != UInt8(ascii: "?"), bytes[index] != UInt8(ascii: "#") { index += 1 }
        path = pathStart..<index
        if index < end, bytes[index] == UInt8(ascii: "?") {
            index += 1
            let queryStart = index
            while index < end, bytes[index] != UInt8(ascii: "#") { index += 1 }
            query = queryStart..<index
        }
        if index < end, bytes[index] == UInt8(ascii: "#") {
            fragment = index + 1..<end
        }
    }

    /// The range of the scheme that `bytes` starts with (a letter, then letters, digits,
    /// `+`, `-` or `.`, then `:`), without its `:`; nil for a reference without one.
    package static func scheme(of bytes: [UInt8]) -> Range<Int>? {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return nil }
        for (index, byte) in bytes[..<colon].enumerated() where !isSchemeByte(byte, first: index == 0) { return nil }
        return 0..<colon
    }

    /// Whether `byte` may stand in a scheme: a letter, or after the `first` byte also a
    /// digit, `+`, `-` or `.` (every one of them has bit 0x20 once letters are lowercased).
    @inline(__always)
    package static func isSchemeByte(_ byte: UInt8, first: Bool) -> Bool {
        let isLetter = (byte | 0x20) &- UInt8(ascii: "a") < 26
        let isOther = byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
        return isLetter || (isOther && !first)
    }
}
