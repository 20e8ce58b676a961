/// Escapes the bare `&` of broken feeds ("Tom & Jerry") as `&amp;`, as a stream filter
/// in front of libxml2, which would otherwise drop the character. References (`&amp;`,
/// `&#7901;`, `&nbsp;`) and the insides of CDATA sections and comments are left alone.
struct AmpersandRepair {
    private enum State { case text, cdata, comment }

    private var state = State.text
    private var carry: [UInt8] = []
    /// How many ampersands were escaped so far.
    private(set) var repairs = 0

    /// Bytes kept back at the end of a chunk, so that a token is never split.
    private static let lookahead = 48

    /// Filters the next chunk; a few trailing bytes are held back until the next call
    /// unless `isLast`.
    mutating func process(_ input: [UInt8], isLast: Bool) -> [UInt8] {
        var bytes = carry
        bytes.append(contentsOf: input)
        let limit = isLast ? bytes.count : max(0, bytes.count - Self.lookahead)
        var output: [UInt8] = []
        output.reserveCapacity(limit + 16)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            var copied = 0
            while index < limit {
                switch (state, buffer[index]) {
                case (.text, UInt8(ascii: "&")):
                    if !Self.isReference(buffer, at: index) {
                        output.append(contentsOf: buffer[copied...index])
                        output.append(contentsOf: "amp;".utf8)
                        copied = index + 1
                        repairs += 1
                    }
                case (.text, UInt8(ascii: "<")):
                    if Self.matches(buffer, at: index, "<![CDATA[") { state = .cdata; index += 8 }
                    else if Self.matches(buffer, at: index, "<!--") { state = .comment; index += 3 }
                case (.cdata, UInt8(ascii: "]")):
                    if Self.matches(buffer, at: index, "]]>") { state = .text; index += 2 }
                case (.comment, UInt8(ascii: "-")):
                    if Self.matches(buffer, at: index, "-->") { state = .text; index += 2 }
                default:
                    break
                }
                index += 1
            }
            let end = min(index, buffer.count)
            output.append(contentsOf: buffer[copied..<end])
            carry = Array(buffer[end...])
        }
        return output
    }

    private static func matches(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, _ token: StaticString) -> Bool {
        let count = token.utf8CodeUnitCount
        guard index + count <= buffer.count else { return false }
        for offset in 0..<count where buffer[index + offset] != token.utf8Start[offset] { return false }
        return true
    }

    /// True when the `&` at `index` starts `&name;`, `&#digits;` or `&#xhex;`.
    private static func isReference(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var position = index + 1
        guard position < buffer.count else { return false }
        let isNumeric = buffer[position] == UInt8(ascii: "#")
        var isHex = false
        if isNumeric {
            position += 1
            if position < buffer.count, buffer[position] | 0x20 == UInt8(ascii: "x") { isHex = true; position += 1 }
        }
        let start = position
        while position < buffer.count, position - start < 40 {
            let byte = buffer[position]
            let accepted: Bool
            if isNumeric {
                accepted = byte >= 0x30 && byte <= 0x39 || isHex && (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66)
            } else {
                accepted = byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F || byte == 0x3A
                    || (position > start && (byte >= 0x30 && byte <= 0x39 || byte == 0x2D || byte == 0x2E))
            }
            if !accepted { break }
            position += 1
        }
        return position > start && position < buffer.count && buffer[position] == UInt8(ascii: ";")
    }
}
