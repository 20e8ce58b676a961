extension DatePattern {
    /// A rule's `date_format` compiled, nil when the rule has none.
    /// - Throws: ``HTMLBridgeError/badDateFormat(_:)`` when the pattern is not one.
    static func rule(_ format: String?) throws(HTMLBridgeError) -> DatePattern? {
        guard let format else { return nil }
        guard let pattern = DatePattern(format) else { throw .badDateFormat(format) }
        return pattern
    }
}
