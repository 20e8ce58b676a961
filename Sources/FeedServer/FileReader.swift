import Foundation

/// Reads a file of the output folder without following symbolic links: every folder on
/// the way and the file itself are opened with `O_NOFOLLOW` from the folder's own
/// descriptor, and only a regular file is read.
enum FileReader {
    /// The bytes and version of `relativePath` under `root`, or nil when it is missing,
    /// a link, not a regular file, or unreadable.
    static func read(_ relativePath: String, root: String) -> (bytes: [UInt8], version: FileVersion)? {
        var folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return nil }
        let segments = relativePath.split(separator: "/").map(String.init)
        for segment in segments.dropLast() {
            let next = openat(folder, segment, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            close(folder)
            guard next >= 0 else { return nil }
            folder = next
        }
        let file = openat(folder, segments.last ?? "", O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        close(folder)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              let version = FileVersion(descriptor: file) else { return nil }
        var bytes = [UInt8](repeating: 0, count: version.size)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Foundation.read(file, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }  // an error, or the file shrank: not one version
            filled += count
        }
        return (bytes, version)
    }
}
