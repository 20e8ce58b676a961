import Foundation

/// Dates are stored as `REAL` seconds since 2001-01-01T00:00:00Z, Foundation's reference
/// date: the `Double` a `Date` holds, so every date reads back exactly as it was written
/// (Unix seconds would round away the last bit of `Date()`). In SQL:
/// `datetime(published + 978307200, 'unixepoch')`.
extension Date {
    /// The stored form of the date.
    var storedSeconds: Double { timeIntervalSinceReferenceDate }

    /// The date of stored seconds, or nil for `NULL`.
    init?(storedSeconds: Double?) {
        guard let storedSeconds else { return nil }
        self.init(timeIntervalSinceReferenceDate: storedSeconds)
    }

    /// The date of stored seconds of a `NOT NULL` column.
    init(storedSeconds: Double) {
        self.init(timeIntervalSinceReferenceDate: storedSeconds)
    }
}
