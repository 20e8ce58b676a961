extension HTMLTokenizer {
    /// At `&`: the character of the reference that starts here, moving `position` past
    /// it; nil (position unchanged) when it is not a reference, and the `&` is text.
    ///
    /// Named references are HTML 4's (`&eacute;`) and a few of HTML 5's (`&apos;`,
    /// `&colon;`); without the semicolon only HTML's legacy names (`&amp`, `&nbsp`,
    /// `&eacute`...), not in an attribute when a letter, digit or `=` follows (so
    /// `?a=1&copy=2` stays as it is). Numeric references follow HTML: 0, surrogates and
    /// values past U+10FFFF become U+FFFD, 0x80–0x9F are read as windows-1252.
    mutating func characterReference(inAttribute: Bool) -> Unicode.Scalar? {
        let start = position + 1
        guard start < input.count else { return nil }
        if input[start] == UInt8(ascii: "#") { return numericReference(from: start + 1) }
        var end = start
        while end < input.count, Self.isAlphanumeric(input[end]) { end += 1 }
        guard end > start else { return nil }
        if end < input.count, input[end] == UInt8(ascii: ";"),
           let entity = entities.entity(UnsafeBufferPointer(rebasing: input[start..<end])) {
            position = end + 1
            return entity.scalar
        }
        for length in stride(from: min(end - start, HTMLEntityTable.longestLegacyName), through: 2, by: -1) {
            guard let entity = entities.entity(UnsafeBufferPointer(rebasing: input[start..<start + length])),
                  entity.isLegacy else { continue }
            let after = start + length
            if inAttribute, after < input.count, Self.isAlphanumeric(input[after]) || input[after] == UInt8(ascii: "=") {
                return nil
            }
            position = after
            return entity.scalar
        }
        return nil
    }

    /// After `&#`: a decimal or (after `x`) hexadecimal reference, its `;` optional.
    private mutating func numericReference(from start: Int) -> Unicode.Scalar? {
        var index = start
        let isHex = index < input.count && input[index] | 0x20 == UInt8(ascii: "x")
        if isHex { index += 1 }
        let digits = index
        var value: UInt32 = 0
        while index < input.count {
            let byte = input[index]
            let digit: UInt32
            if byte &- UInt8(ascii: "0") < 10 {
                digit = UInt32(byte &- UInt8(ascii: "0"))
            } else if isHex, (byte | 0x20) &- UInt8(ascii: "a") < 6 {
                digit = UInt32((byte | 0x20) &- UInt8(ascii: "a")) + 10
            } else {
                break
            }
            value = min(value * (isHex ? 16 : 10) + digit, 0x11_0000)
            index += 1
        }
        guard index > digits else { return nil }
        if index < input.count, input[index] == UInt8(ascii: ";") { index += 1 }
        position = index
        return Self.scalar(forReference: value)
    }

    /// The character HTML gives a numeric reference to `value`.
    static func scalar(forReference value: UInt32) -> Unicode.Scalar {
        if value & ~0x1F == 0x80, let mapped = Unicode.Scalar(windows1252[Int(value - 0x80)]) { return mapped }
        return Unicode.Scalar(value == 0 ? 0xFFFD : value) ?? "\u{FFFD}"
    }

    /// Windows-1252 0x80–0x9F, as HTML reads references to the C1 controls (the five
    /// bytes windows-1252 leaves undefined stay as they are).
    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
