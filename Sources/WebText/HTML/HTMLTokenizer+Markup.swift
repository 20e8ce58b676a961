extension HTMLTokenizer {
    /// At `<`: a tag token, nil for what is skipped (comments, declarations, raw-text
    /// elements, a tag cut by the end of input), or the `<` as text when no markup follows.
    mutating func markup() -> HTMLToken? {
        let open = position
        guard open + 1 < input.count else {
            position = input.count
            return .text(open..<input.count)
        }
        let next = input[open + 1]
        if Self.isLetter(next) {
            position = open + 1
            return tag(isEnd: false)
        }
        switch next {
        case UInt8(ascii: "/"):
            guard open + 2 < input.count else {
                position = input.count
                return .text(open..<input.count)
            }
            let first = input[open + 2]
            if Self.isLetter(first) {
                position = open + 2
                return tag(isEnd: true)
            }
            skipBogusComment(from: open + 2)
        case UInt8(ascii: "!"):
            declaration(from: open + 2)
        case UInt8(ascii: "?"):
            skipBogusComment(from: open + 1)
        default:
            position = open + 1
            return .text(open..<position)
        }
        return nil
    }

    /// Reads a tag whose name starts at `position`; nil when the input ends inside it.
    private mutating func tag(isEnd: Bool) -> HTMLToken? {
        let nameStart = position
        var name = HTMLTagKeyBuilder()
        while position < input.count {
            let byte = input[position]
            if Self.isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { break }
            name.add(byte)
            position += 1
        }
        let nameEnd = position
        guard readAttributes() else { return nil }
        let key = name.key
        let tag = tags.tag(key)
        if isEnd {
            attributes.removeAll()
            return .endTag(tag, key)
        }
        guard tag.flags.contains(.rawText) else { return .startTag(tag, key) }
        skipRawText(named: nameStart..<nameEnd)
        return nil
    }

    /// Skips to the end tag of the raw-text element named by the input at `name`: to
    /// `</name` followed by whitespace, `/` or `>` (that end tag is read as the next token).
    private mutating func skipRawText(named name: Range<Int>) {
        var from = position
        while let open = index(of: UInt8(ascii: "<"), from: from) {
            from = open + 1
            let after = open + 2 + name.count
            guard after < input.count, input[open + 1] == UInt8(ascii: "/") else { continue }
            var index = 0
            while index < name.count, input[open + 2 + index] | 0x20 == input[name.lowerBound + index] | 0x20 { index += 1 }
            let next = input[after]
            if index == name.count, Self.isWhitespace(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: ">") {
                position = open
                return
            }
        }
        position = input.count
    }

    /// After `<!`: a comment, a CDATA section, a DOCTYPE or a bogus comment, all skipped.
    private mutating func declaration(from start: Int) {
        if hasPrefix("--", at: start) {
            skipComment(from: start + 2)
        } else if hasPrefix("[CDATA[", at: start) {
            var from = start
            while let close = index(of: UInt8(ascii: "]"), from: from) {
                if hasPrefix("]]>", at: close) {
                    position = close + 3
                    return
                }
                from = close + 1
            }
            position = input.count
        } else {
            skipBogusComment(from: start)
        }
    }

    /// Skips a comment whose text starts at `start`: up to `-->` or `--!>`; `<!-->` and
    /// `<!--->` are empty comments.
    private mutating func skipComment(from start: Int) {
        if hasPrefix(">", at: start) {
            position = start + 1
            return
        }
        if hasPrefix("->", at: start) {
            position = start + 2
            return
        }
        var from = start
        while let close = index(of: UInt8(ascii: ">"), from: from) {
            if hasPrefix("--", at: close - 2) && close - 2 >= start || hasPrefix("--!", at: close - 3) && close - 3 >= start {
                position = close + 1
                return
            }
            from = close + 1
        }
        position = input.count
    }

    /// Skips to just after the next `>`, or to the end of the input.
    private mutating func skipBogusComment(from start: Int) {
        position = index(of: UInt8(ascii: ">"), from: start).map { $0 + 1 } ?? input.count
    }

    /// Whether the input has `prefix` at `start` (which may be out of bounds).
    private func hasPrefix(_ prefix: StaticString, at start: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start >= 0, start + count <= input.count else { return false }
        for index in 0..<count where input[start + index] != prefix.utf8Start[index] { return false }
        return true
    }
}
