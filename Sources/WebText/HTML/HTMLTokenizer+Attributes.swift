extension HTMLTokenizer {
    /// Reads the attributes after a tag name into `attributes`, up to and past the `>`
    /// that ends the tag; false when the input ends first (the tag is then dropped).
    mutating func readAttributes() -> Bool {
        attributes.removeAll()
        while true {
            skipWhitespace()
            guard position < input.count else { return false }
            let byte = input[position]
            position += 1
            if byte == UInt8(ascii: ">") { return true }
            if byte == UInt8(ascii: "/") { continue }
            let nameStart = position - 1
            while position < input.count {
                let byte = input[position]
                if Self.isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=") { break }
                position += 1
            }
            let name = namePart(nameStart..<position)
            var value = HTMLAttributes.Part(range: position..<position, isRewritten: false)
            skipWhitespace()
            if position < input.count, input[position] == UInt8(ascii: "=") {
                position += 1
                skipWhitespace()
                guard position < input.count else { return false }
                let quote = input[position]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    position += 1
                    guard let quoted = readValue(quote: quote) else { return false }
                    value = quoted
                } else if quote != UInt8(ascii: ">") {
                    guard let unquoted = readValue(quote: nil) else { return false }
                    value = unquoted
                }
            }
            attributes.add(name: name, value: value)
        }
    }

    /// Reads a value up to its closing `quote` (past it), or when unquoted up to the
    /// whitespace or `>` after it; nil when the input ends first. The value stays in the
    /// input unless it has references or control characters.
    private mutating func readValue(quote: UInt8?) -> HTMLAttributes.Part? {
        let start = position
        var rewrittenStart: Int?
        while position < input.count {
            let run = position
            if let quote {
                position = ByteScan.firstIndex(in: input, from: position, mayMatch: { word in
                    ByteScan.hasByte(word, equalTo: quote) || ByteScan.hasByte(word, equalTo: UInt8(ascii: "&"))
                        || ByteScan.hasByte(word, below: 0x20)
                }, isMatch: { $0 == quote || $0 == UInt8(ascii: "&") || $0 < 0x20 })
            } else {
                while position < input.count {
                    let byte = input[position]
                    if byte == UInt8(ascii: "&") || byte < 0x20 || byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") { break }
                    position += 1
                }
            }
            if rewrittenStart != nil { attributes.append(UnsafeBufferPointer(rebasing: input[run..<position])) }
            guard position < input.count else { return nil }
            let byte = input[position]
            if byte == quote || quote == nil && (Self.isWhitespace(byte) || byte == UInt8(ascii: ">")) {
                let end = position
                if byte == quote { position += 1 }
                guard let rewrittenStart else { return HTMLAttributes.Part(range: start..<end, isRewritten: false) }
                return HTMLAttributes.Part(range: rewrittenStart..<attributes.rewrittenCount, isRewritten: true)
            }
            if rewrittenStart == nil {
                rewrittenStart = attributes.rewrittenCount
                attributes.append(UnsafeBufferPointer(rebasing: input[start..<position]))
            }
            if byte == UInt8(ascii: "&") {
                if let scalar = characterReference(inAttribute: true) {
                    if !scalar.isDroppedControl { attributes.append(scalar) }
                } else {
                    attributes.append(byte)
                    position += 1
                }
            } else {
                if byte == 0 {
                    attributes.append("\u{FFFD}")
                } else if !Unicode.Scalar(byte).isDroppedControl {
                    attributes.append(byte)
                }
                position += 1
            }
        }
        return nil
    }

    /// The attribute name at `range`: as it is, or rewritten with ASCII capitals
    /// lowercased and NUL as U+FFFD.
    private mutating func namePart(_ range: Range<Int>) -> HTMLAttributes.Part {
        let name = UnsafeBufferPointer(rebasing: input[range])
        guard name.contains(where: { $0 &- UInt8(ascii: "A") < 26 || $0 == 0 }) else {
            return HTMLAttributes.Part(range: range, isRewritten: false)
        }
        let start = attributes.rewrittenCount
        for byte in name {
            if byte == 0 {
                attributes.append("\u{FFFD}")
            } else {
                attributes.append(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte)
            }
        }
        return HTMLAttributes.Part(range: start..<attributes.rewrittenCount, isRewritten: true)
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while position < input.count, Self.isWhitespace(input[position]) { position += 1 }
    }
}
