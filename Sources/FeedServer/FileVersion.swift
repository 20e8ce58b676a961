import Foundation

/// What tells one version of a file from the next without reading it: device, inode,
/// size, modification and change times. The publisher replaces a file by renaming a new
/// one over it, so a new version always has a new inode.
struct FileVersion: Sendable, Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int
    let modified: timespec
    let changed: timespec

    /// The version of an open file.
    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The version of the file at `path` (following links: a link swapped in has another
    /// inode, so the cached version no longer matches and the file is opened again, and refused).
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    private init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int(status.st_size)
        modified = status.st_mtim
        changed = status.st_ctim
    }

    /// Whole seconds since 1970 of the last modification.
    var modifiedSeconds: Int { modified.tv_sec }

    static func == (left: FileVersion, right: FileVersion) -> Bool {
        left.device == right.device && left.inode == right.inode && left.size == right.size
            && left.modified.tv_sec == right.modified.tv_sec && left.modified.tv_nsec == right.modified.tv_nsec
            && left.changed.tv_sec == right.changed.tv_sec && left.changed.tv_nsec == right.changed.tv_nsec
    }
}
