import Foundation

/// Dates are stored as `REAL` Unix seconds, readable with SQLite's own date functions
/// (`datetime(published, 'unixepoch')`).
extension Date {
    /// Seconds since 1970-01-01T00:00:00Z.
    var unixSeconds: Double { timeIntervalSince1970 }

    /// The date of stored Unix seconds, or nil for `NULL`.
    init?(unixSeconds: Double?) {
        guard let unixSeconds else { return nil }
        self.init(timeIntervalSince1970: unixSeconds)
    }
}
