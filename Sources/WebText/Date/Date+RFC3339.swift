import Foundation

extension Date {
    /// The date as UTC RFC 3339 with `Z` and whole seconds: `2019-02-14T10:27:00Z`.
    public var rfc3339: String {
        CivilTime(self).rfc3339
    }
}
