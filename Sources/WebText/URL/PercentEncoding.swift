/// Percent-encoding normalization of one URL component (RFC 3986 §6.2.2.2, IRI style).
///
/// - `%xx` of an unreserved ASCII character (`A-Z a-z 0-9 - . _ ~`) is decoded;
/// - `%xx` sequences that form valid UTF-8 beyond ASCII are decoded to the characters
///   (`/tin-t%E1%BB%A9c` and `/tin-tức` are one path);
/// - every other `%xx` keeps its escape with upper-case hex digits, and a `%` that starts
///   no escape becomes `%25`;
/// - raw ASCII the component may not hold (spaces, quotes, `<`, `>`, …) is escaped.
package enum PercentEncoding {
    package static let unreserved = ByteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    package static let userInfoASCII = unreserved.union("!$&'()*+,;=:")
    package static let pathASCII = unreserved.union("!$&'()*+,;=:@/")
    /// Inside a query parameter's name or value (`&` separates parameters; `=` may stay).
    package static let queryASCII = unreserved.union("!$'()*+,;=:@/?")

    /// The component with its percent-encoding normalized; `allowed` is the raw ASCII it may hold.
    package static func normalized(_ text: ArraySlice<UInt8>, keeping allowed: ByteSet) -> String {
        String(decoding: normalizedBytes(text, keeping: allowed), as: UTF8.self)
    }

    /// ``normalized(_:keeping:)`` as UTF-8 bytes.
    package static func normalizedBytes(_ bytes: ArraySlice<UInt8>, keeping allowed: ByteSet) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                index = decodeEscapes(bytes, from: index, into: &out)
            } else {
                if byte >= 0x80 || allowed.contains(byte) { out.append(byte) } else { appendEscape(byte, to: &out) }
                index += 1
            }
        }
        return out
    }

    /// Every byte of `text` outside the unreserved set escaped (`%` too): for ids inside URIs.
    package static func escapingAllButUnreserved(_ text: String) -> String {
        var out: [UInt8] = []
        for byte in text.utf8 {
            if unreserved.contains(byte) { out.append(byte) } else { appendEscape(byte, to: &out) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Handles the run of escapes starting at `start` (a `%`); returns the index after it.
    private static func decodeEscapes(_ bytes: ArraySlice<UInt8>, from start: Int, into out: inout [UInt8]) -> Int {
        guard let first = escapedByte(bytes, at: start) else {
            appendEscape(UInt8(ascii: "%"), to: &out)
            return start + 1
        }
        if first < 0x80 {
            if unreserved.contains(first) { out.append(first) } else { appendEscape(first, to: &out) }
            return start + 3
        }
        // Non-ASCII: gather the run of escaped bytes and decode the valid UTF-8 sequences in it.
        var run: [UInt8] = []
        var index = start
        while let value = escapedByte(bytes, at: index), value >= 0x80 {
            run.append(value)
            index += 3
        }
        var position = 0
        while position < run.count {
            let length = sequenceLength(lead: run[position])
            if length > 0, position + length <= run.count,
               String(validating: run[position..<position + length], as: UTF8.self) != nil {
                out.append(contentsOf: run[position..<position + length])
                position += length
            } else {
                appendEscape(run[position], to: &out)
                position += 1
            }
        }
        return index
    }

    /// The byte that `%xx` at `index` encodes, or nil when there is no escape there.
    private static func escapedByte(_ bytes: ArraySlice<UInt8>, at index: Int) -> UInt8? {
        guard index + 2 < bytes.endIndex,
              bytes[index] == UInt8(ascii: "%"),
              let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else { return nil }
        return high << 4 | low
    }

    /// The value of a hexadecimal digit (either case), or nil for another byte.
    package static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    /// The length of the UTF-8 sequence a lead byte starts, 0 for a byte that leads none.
    private static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }

    /// Appends `%xx` for `byte`, with upper-case hex digits.
    package static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        let hex: StaticString = "0123456789ABCDEF"
        out.append(UInt8(ascii: "%"))
        out.append(hex.utf8Start[Int(byte >> 4)])
        out.append(hex.utf8Start[Int(byte & 0x0F)])
    }
}
