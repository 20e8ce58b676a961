/// What one publish did, as paths relative to the output folder, in writing order.
public struct PublishReport: Sendable, Equatable {
    /// Files written because they were new or their content changed.
    public var written: [String]
    /// Files left untouched (same content, same modification time).
    public var unchanged: [String]
    /// Sub-feeds removed because their portal is no longer listed.
    public var removed: [String]

    /// A report; empty by default.
    public init(written: [String] = [], unchanged: [String] = [], removed: [String] = []) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }
}
