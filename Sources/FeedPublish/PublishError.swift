import Foundation

/// A file the publisher could not write, read or remove.
///
/// The description names the file, the step and the system's reason:
/// `publish: output/feed.atom: cannot rename the temporary file: Permission denied`.
/// The previous version of the file is left intact.
public struct PublishError: Error, CustomStringConvertible, Equatable {
    /// The file (or folder) concerned.
    public var path: String
    /// What was being done, e.g. "cannot create the temporary file".
    public var step: String
    /// The `errno` value.
    public var code: Int32

    /// An error for `path`: `step` failed with `errno` `code`.
    public init(path: String, step: String, code: Int32) {
        self.path = path
        self.step = step
        self.code = code
    }

    /// `publish: <path>: <step>: <strerror>`.
    public var description: String {
        "publish: \(path): \(step): \(String(cString: strerror(code)))"
    }
}
