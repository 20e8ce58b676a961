import Foundation

/// Escapes the bare `&` of broken feeds ("Tom & Jerry") as `&amp;`, as a stream filter
/// in front of libxml2, which would otherwise drop the character. References (`&amp;`,
/// `&#7901;`, `&nbsp;`) and the insides of CDATA sections are left alone. It searches
/// with `memchr`/`memmem`, so a well-formed document costs a scan at memory speed.
struct AmpersandRepair {
    private var insideCDATA = false
    private var carry: [UInt8] = []
    /// How many ampersands were escaped so far.
    private(set) var repairs = 0

    /// Bytes kept back at the end of a chunk, so that a token is never split.
    private static let lookahead = 48
    private static let cdataStart: [UInt8] = Array("<![CDATA[".utf8)
    private static let cdataEnd: [UInt8] = Array("]]>".utf8)

    /// Filters the next chunk; a few trailing bytes are held back until the next call
    /// unless `isLast`.
    mutating func process(_ input: [UInt8], isLast: Bool) -> [UInt8] {
        var bytes = carry
        bytes.append(contentsOf: input)
        let limit = isLast ? bytes.count : max(0, bytes.count - Self.lookahead)
        var output: [UInt8] = []
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            var copied = 0
            var nextCDATA: Int? = nil
            var searchedCDATAFrom = -1
            while index < limit {
                if insideCDATA {
                    guard let end = Self.find(Self.cdataEnd, in: buffer, from: index) else { index = limit; break }
                    insideCDATA = false
                    index = end + 3
                    continue
                }
                if searchedCDATAFrom < 0 || (nextCDATA.map { $0 < index } ?? false) {
                    nextCDATA = Self.find(Self.cdataStart, in: buffer, from: index)
                    searchedCDATAFrom = index
                }
                let ampersand = Self.findAmpersand(in: buffer, from: index, until: limit)
                if let start = nextCDATA, start < limit, start < (ampersand ?? limit) {
                    insideCDATA = true
                    index = start + Self.cdataStart.count
                    continue
                }
                guard let position = ampersand else { index = limit; break }
                if !Self.isReference(buffer, at: position) {
                    if output.isEmpty { output.reserveCapacity(buffer.count + 64) }
                    output.append(contentsOf: buffer[copied...position])
                    output.append(contentsOf: "amp;".utf8)
                    copied = position + 1
                    repairs += 1
                }
                index = position + 1
            }
            let end = max(min(index, buffer.count), limit)
            if copied == 0 && output.isEmpty {
                output = Array(buffer[..<end])
            } else {
                output.append(contentsOf: buffer[copied..<end])
            }
            carry = Array(buffer[end...])
        }
        return output
    }

    private static func findAmpersand(in buffer: UnsafeBufferPointer<UInt8>, from index: Int, until limit: Int) -> Int? {
        guard index < limit, let base = buffer.baseAddress,
              let found = memchr(base + index, Int32(UInt8(ascii: "&")), limit - index) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The position of `token` in `buffer` at or after `index` (memchr on its first byte).
    private static func find(_ token: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        var position = index
        while position + token.count <= buffer.count {
            guard let found = memchr(base + position, Int32(token[0]), buffer.count - position) else { return nil }
            position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard position + token.count <= buffer.count else { return nil }
            if memcmp(base + position, token, token.count) == 0 { return position }
            position += 1
        }
        return nil
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
