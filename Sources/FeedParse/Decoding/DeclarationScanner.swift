/// Finds the charset a document declares in its own first bytes, read as ASCII.
enum DeclarationScanner {
    /// The `encoding` of the XML declaration; without an XML declaration, and unless
    /// the document is JSON, the charset of the first `<meta charset>` or
    /// `<meta http-equiv="Content-Type" content="…; charset=…">`.
    static func declaredLabel(in head: [UInt8]) -> String? {
        guard let first = head.firstIndex(where: { !isSpace($0) }) else { return nil }
        let rest = head[first...]
        if rest.starts(with: Array("<?xml".utf8)) {
            let end = indexOf(Array("?>".utf8), in: rest) ?? rest.endIndex
            return attributeValue(named: "encoding", in: rest[..<end])
        }
        if head[first] == UInt8(ascii: "{") || head[first] == UInt8(ascii: "[") { return nil }
        var from = rest.startIndex
        let meta = Array("<meta".utf8)
        while let start = indexOf(meta, in: head[from...]) {
            let end = head[start...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
            if let label = attributeValue(named: "charset", in: head[start..<end]) { return label }
            from = end
        }
        return nil
    }

    /// The value after `name` `=` (quoted or not), the name matched case-insensitively.
    private static func attributeValue(named name: String, in bytes: ArraySlice<UInt8>) -> String? {
        var from = bytes.startIndex
        while let found = indexOf(Array(name.utf8), in: bytes[from...]) {
            var index = found + name.utf8.count
            from = index
            while index < bytes.endIndex, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < bytes.endIndex, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                index += 1
            }
            let end = bytes[index...].firstIndex { !isLabelByte($0) } ?? bytes.endIndex
            if end > index { return String(decoding: bytes[index..<end], as: UTF8.self) }
        }
        return nil
    }

    /// The index where `needle` (lowercase ASCII) first occurs in `bytes`, ignoring ASCII case.
    private static func indexOf(_ needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        outer: for start in bytes.startIndex...(bytes.endIndex - needle.count) {
            for (offset, byte) in needle.enumerated() where lowercased(bytes[start + offset]) != byte {
                continue outer
            }
            return start
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        let lower = lowercased(byte)
        return (0x61...0x7A).contains(lower) || (0x30...0x39).contains(byte) || "-_.:+".utf8.contains(byte)
    }
}
