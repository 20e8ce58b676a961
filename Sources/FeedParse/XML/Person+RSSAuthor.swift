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
