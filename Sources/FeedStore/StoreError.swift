import Foundation
import GRDB

/// A failure of the store, with the database file and what was being done.
///
/// Its description is `store: <path>: <operation>: <message>`, for example
/// `store: state/feedbridge.sqlite: ingest ba-dinh: database is locked (SQLite error 5)`.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database file (or the `store:` setting for a bad setting).
    public var path: String
    /// What the store was doing: `open`, `migrate`, `ingest <source>`, …
    public var operation: String
    /// What went wrong.
    public var message: String

    /// Creates an error for an operation on a database file.
    public init(path: String, operation: String, message: String) {
        self.path = path
        self.operation = operation
        self.message = message
    }

    /// `store: <path>: <operation>: <message>`.
    public var description: String { "store: \(path): \(operation): \(message)" }

    /// Wraps any error thrown by GRDB, SQLite or the file system, keeping a `StoreError` as it is.
    static func wrapping(_ error: any Error, path: String, operation: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            let message = error.message ?? "SQLite error"
            return StoreError(
                path: path, operation: operation,
                message: "\(message) (SQLite error \(error.extendedResultCode.rawValue))"
            )
        }
        if let error = error as? CocoaError, let underlying = error.underlying as? POSIXError {
            return StoreError(path: path, operation: operation, message: underlying.localizedDescription)
        }
        return StoreError(path: path, operation: operation, message: "\(error.localizedDescription)")
    }
}
