import Foundation

/// An open file descriptor with one owner: closed by ``close()`` (checked) or, on an
/// error path, by `deinit`.
final class FileDescriptor {
    private(set) var value: Int32
    /// The path, for errors.
    let path: String

    /// Opens `path`; `step` names the attempt in the error.
    init(path: String, flags: Int32, mode: mode_t = 0o644, step: String) throws(PublishError) {
        self.path = path
        value = open(path, flags | O_CLOEXEC, mode)
        guard value >= 0 else { throw PublishError(path: path, step: step, code: errno) }
    }

    /// The file's size in bytes.
    func size() throws(PublishError) -> Int {
        var status = stat()
        guard fstat(value, &status) == 0 else { throw PublishError(path: path, step: "cannot read the file's size", code: errno) }
        return Int(status.st_size)
    }

    /// Reads up to `count` bytes (fewer at the end of the file).
    func read(count: Int) throws(PublishError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let result = bytes.withUnsafeMutableBytes { Foundation.read(value, $0.baseAddress! + filled, count - filled) }
            if result < 0 && errno == EINTR { continue }
            guard result >= 0 else { throw PublishError(path: path, step: "cannot read the file", code: errno) }
            if result == 0 { break }
            filled += result
        }
        bytes.removeLast(count - filled)
        return bytes
    }

    /// Writes all of `bytes`.
    func write(_ bytes: [UInt8]) throws(PublishError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Foundation.write(value, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { throw PublishError(path: path, step: "cannot write the file", code: result < 0 ? errno : EIO) }
            written += result
        }
    }

    /// Flushes the file (or folder) to the disk.
    func sync() throws(PublishError) {
        guard fsync(value) == 0 else { throw PublishError(path: path, step: "cannot flush the file to disk", code: errno) }
    }

    /// Closes the descriptor, reporting a failure (a delayed write error).
    func close() throws(PublishError) {
        let descriptor = value
        value = -1
        guard Foundation.close(descriptor) == 0 else { throw PublishError(path: path, step: "cannot close the file", code: errno) }
    }

    deinit {
        if value >= 0 { Foundation.close(value) }
    }
}
