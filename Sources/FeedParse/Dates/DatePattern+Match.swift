extension DatePattern {
    /// The fields read where the pattern first matches in `bytes`, unchecked; nil when it
    /// matches nowhere. A match starts at a boundary: numbers and words are never entered
    /// in their middle (`dd` does not read `3/` out of `123/`).
    func fields(in bytes: UnsafeBufferPointer<UInt8>) -> DateFields? {
        guard let first = elements.first else { return nil }
        for start in bytes.indices where canStart(first, bytes, at: start) {
            if let fields = match(bytes, from: start) { return fields }
        }
        return nil
    }

    private func canStart(_ element: Element, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        switch element {
        case .literal(let expected):
            return Self.lowercased(byte) == expected
        case .monthName, .meridiem:
            return DateWord.isWordByte(byte) && (index == 0 || !DateWord.isWordByte(bytes[index - 1]))
        default:
            return Self.isDigit(byte) && (index == 0 || !Self.isDigit(bytes[index - 1]))
        }
    }

    /// The fields if the whole pattern matches at `start`.
    private func match(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> DateFields? {
        var fields = DateFields()
        var pm: Bool?
        var position = start
        for (index, element) in elements.enumerated() {
            switch element {
            case .space:
                while position < bytes.count, case let length = DateSpace.length(bytes, at: position), length > 0 {
                    position += length
                }
            case .literal(let expected):
                guard position < bytes.count, Self.lowercased(bytes[position]) == expected else { return nil }
                position += 1
            case .monthName:
                guard position < bytes.count, DateWord.isWordByte(bytes[position]) else { return nil }
                let (word, end) = DateWord.read(bytes, from: position)
                guard case .month(let month) = word else { return nil }
                fields.month = Int(month)
                position = end
            case .meridiem:
                guard let (isPM, end) = Self.meridiem(bytes, at: position) else { return nil }
                pm = isPM
                position = end
            default:
                let fixed = index + 1 < elements.count && elements[index + 1].isNumber
                guard let (value, end) = number(bytes, at: position, for: element, fixed: fixed) else { return nil }
                store(value, as: element, in: &fields)
                position = end
            }
        }
        if let pm, !fields.applyMeridiem(pm: pm) { return nil }
        return fields
    }

    /// The number for `element` at `position`: its width, or exactly its widest when `fixed`.
    private func number(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int, for element: Element, fixed: Bool)
        -> (value: Int, end: Int)? {
        let widest = element == .year4 ? 4 : 2
        let narrowest = fixed || element == .year4 || element == .year2 ? widest : 1
        var value = 0, end = position
        while end - position < widest, end < bytes.count, Self.isDigit(bytes[end]) {
            value = value * 10 + Int(bytes[end] &- UInt8(ascii: "0"))
            end += 1
        }
        guard end - position >= narrowest, fixed || end == bytes.count || !Self.isDigit(bytes[end]) else { return nil }
        return (value, end)
    }

    private func store(_ value: Int, as element: Element, in fields: inout DateFields) {
        switch element {
        case .year4: fields.year = value
        case .year2: fields.year = DateFields.fullYear(twoDigits: value)
        case .month: fields.month = value
        case .day: fields.day = value
        case .hour: fields.hour = value
        case .minute: fields.minute = value
        case .second: fields.second = value
        case .monthName, .meridiem, .space, .literal: break
        }
    }

    /// `AM`/`PM`, `SA`/`CH`, `sáng`/`chiều`/`tối`, `a.m.`/`p.m.` at `position`: whether
    /// it is after noon, and the index after it.
    private static func meridiem(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (pm: Bool, end: Int)? {
        guard position < bytes.count, DateWord.isWordByte(bytes[position]) else { return nil }
        let (word, end) = DateWord.read(bytes, from: position)
        switch word {
        case .am: return (false, end)
        case .pm: return (true, end)
        case .letter(let letter) where letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p"):
            guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "."), bytes[end + 1] | 0x20 == UInt8(ascii: "m")
            else { return nil }
            let dotted = end + 2 < bytes.count && bytes[end + 2] == UInt8(ascii: ".")
            return (letter == UInt8(ascii: "p"), end + (dotted ? 3 : 2))
        default: return nil
        }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
