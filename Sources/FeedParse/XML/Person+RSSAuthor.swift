import FeedModel

extension Person {
    /// A person from an RSS `author`-style string: `email (Name)`, `Name <email>`,
    /// a bare email, or a bare name.
    init(rssAuthor text: String) {
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            let email = text[..<open].trimmingSpaces()
            let name = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingSpaces()
            self.init(name: name.isEmpty ? nil : name, email: email.contains("@") ? email : nil)
            if !email.contains("@"), !email.isEmpty { self.name = text }
        } else if let open = text.firstIndex(of: "<"), text.hasSuffix(">") {
            let name = text[..<open].trimmingSpaces()
            let email = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingSpaces()
            self.init(name: name.isEmpty ? nil : name, email: email.isEmpty ? nil : email)
        } else if text.contains("@"), !text.contains(" ") {
            self.init(email: text)
        } else {
            self.init(name: text)
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing ASCII whitespace, checked on the UTF-8 bytes.
    func trimmingSpaces() -> String {
        var string = String(self)
        return string.withUTF8 { bytes in
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            var start = 0, end = bytes.count
            while start < end, isSpace(bytes[start]) { start += 1 }
            while start < end, isSpace(bytes[end - 1]) { end -= 1 }
            if start == 0, end == bytes.count { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        } ?? string
    }
}
