import CFileSystem
import Foundation
import Gzip

/// The output folder, updated file by file: a file whose content is unchanged is not
/// touched; a changed one is written to `.<name>.tmp-<pid>` beside it and, once every
/// file is staged and flushed to disk in one go, renamed over the old one, so a reader
/// or a crash sees the old or the new file, never half of one. A text file's gzip sibling
/// (`feed.atom.gz`, for servers that send it as nginx's `gzip_static` does) is staged and
/// renamed in the same step.
final class OutputFolder {
    /// The folder's path.
    let root: String
    /// Folders whose entries changed: flushed by ``syncChangedFolders()``.
    private var changedFolders: [String] = []
    /// Staged files: (temporary file, final path, folder), renamed by ``commit()``.
    private var pending: [(temporary: String, path: String, folder: String)] = []

    init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    /// Stages `bytes` for `relativePath` unless the file already holds exactly them: they
    /// are written to a temporary file beside it, which ``commit()`` renames over it.
    /// - Returns: true when the file will be replaced.
    func update(_ relativePath: String, with bytes: [UInt8]) throws(PublishError) -> Bool {
        let path = root + "/" + relativePath
        if try holds(path, bytes) { return false }
        try stage(bytes, for: path)
        return true
    }

    /// Stages the gzip sibling of `relativePath` (`<path>.gz`, holding `bytes` compressed)
    /// unless the one in place already holds them (its trailer's CRC-32 and length say so).
    func updateGzipSibling(of relativePath: String, with bytes: [UInt8]) throws(PublishError) {
        let path = root + "/" + relativePath + ".gz"
        if try gzipHolds(path, bytes) { return }
        let compressed: [UInt8]
        do {
            compressed = try GzipCompressor.gzip(bytes)
        } catch {
            throw PublishError(path: path, step: "cannot compress the file (\(error))", code: EIO)
        }
        try stage(compressed, for: path)
    }

    /// Writes `bytes` to `.<name>.tmp-<pid>` beside `path`, to be renamed by ``commit()``.
    private func stage(_ bytes: [UInt8], for path: String) throws(PublishError) {
        let folder = (path as NSString).deletingLastPathComponent
        try makeFolder(folder)
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".tmp-\(getpid())"
        do throws(PublishError) {
            let file = try FileDescriptor(
                path: temporary, flags: O_WRONLY | O_CREAT | O_TRUNC, step: "cannot create the temporary file"
            )
            try file.write(bytes)
            try file.close()
        } catch {
            unlink(temporary)
            throw PublishError(path: path, step: error.step, code: error.code)
        }
        pending.append((temporary, path, folder))
    }

    /// Replaces the staged files: one flush of the file system for all their contents,
    /// then a rename per file (atomic: a reader sees the old or the new file), then a
    /// flush of the folders so the renames survive a crash.
    func commit() throws(PublishError) {
        guard !pending.isEmpty else { return }
        let rootFolder = try FileDescriptor(path: root, flags: O_RDONLY | O_DIRECTORY, step: "cannot open the folder")
        guard fb_syncfs(rootFolder.value) == 0 else {
            let code = errno
            discardPending()
            throw PublishError(path: root, step: "cannot flush the new files to disk", code: code)
        }
        try rootFolder.close()
        TestPause.beforeRename.here()
        var renamed = 0
        while !pending.isEmpty {
            let (temporary, path, folder) = pending.removeFirst()
            guard rename(temporary, path) == 0 else {
                let code = errno
                unlink(temporary)
                discardPending()
                throw PublishError(path: path, step: "cannot rename the temporary file over it", code: code)
            }
            noteChanged(folder)
            renamed += 1
            if renamed == 1 { TestPause.midRename.here() }
        }
        try syncChangedFolders()
    }

    /// Removes the staged temporary files (after a failure: the old files stay).
    func discardPending() {
        for (temporary, _, _) in pending { unlink(temporary) }
        pending.removeAll()
    }

    /// Removes the files named `*.<suffix>` (and their `.gz` siblings) in the subfolder
    /// `relativeFolder` that are not in `keeping`.
    /// - Returns: the removed files' paths relative to the output folder, sorted.
    func removeFiles(in relativeFolder: String, suffix: String, keeping: Set<String>) throws(PublishError) -> [String] {
        let folder = root + "/" + relativeFolder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        let stale = names.sorted().filter { name in
            let file = name.hasSuffix(suffix + ".gz") ? String(name.dropLast(3)) : name
            return file.hasSuffix(suffix) && !name.hasPrefix(".") && !keeping.contains(file)
        }
        for name in stale {
            guard unlink(folder + "/" + name) == 0 else {
                throw PublishError(path: folder + "/" + name, step: "cannot remove the stale file", code: errno)
            }
            if !name.hasSuffix(".gz") { removed.append(relativeFolder + "/" + name) }
        }
        if !removed.isEmpty { noteChanged(folder) }
        return removed
    }

    /// Removes the temporary files (`.<name>.tmp-<pid>`) that a process killed while
    /// publishing left behind; those of a process still running are its own business.
    func removeAbandonedTemporaryFiles(in relativeFolders: [String]) {
        for relativeFolder in relativeFolders {
            let folder = relativeFolder.isEmpty ? root : root + "/" + relativeFolder
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where name.hasPrefix(".") {
                guard let marker = name.range(of: ".tmp-", options: .backwards),
                      let pid = pid_t(name[marker.upperBound...]), pid > 0 else { continue }
                if kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + name) }
            }
        }
    }

    /// Flushes the folders whose entries changed, so the renames survive a crash.
    func syncChangedFolders() throws(PublishError) {
        for folder in changedFolders {
            let descriptor = try FileDescriptor(path: folder, flags: O_RDONLY | O_DIRECTORY, step: "cannot open the folder")
            try descriptor.sync()
            try descriptor.close()
        }
        changedFolders.removeAll()
    }

    /// Creates `folder` and its missing parents.
    func makeFolder(_ folder: String) throws(PublishError) {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, folder.contains("/") else {
            throw PublishError(path: folder, step: "cannot create the folder", code: errno)
        }
        try makeFolder((folder as NSString).deletingLastPathComponent)
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
            throw PublishError(path: folder, step: "cannot create the folder", code: errno)
        }
    }

    /// True when the file at `path` exists and holds exactly `bytes`.
    private func holds(_ path: String, _ bytes: [UInt8]) throws(PublishError) -> Bool {
        guard let file = try? FileDescriptor(path: path, flags: O_RDONLY, step: "cannot open the file") else { return false }
        guard try file.size() == bytes.count else { return false }
        return try file.read(count: bytes.count + 1) == bytes
    }

    /// True when the gzip file at `path` exists and its trailer is that of `bytes`.
    private func gzipHolds(_ path: String, _ bytes: [UInt8]) throws(PublishError) -> Bool {
        guard let file = try? FileDescriptor(path: path, flags: O_RDONLY, step: "cannot open the file") else { return false }
        let size = try file.size()
        guard size >= 18, lseek(file.value, off_t(size - 8), SEEK_SET) >= 0 else { return false }
        return try GzipTrailer(last: file.read(count: 8)) == GzipTrailer(of: bytes)
    }

    private func noteChanged(_ folder: String) {
        if !changedFolders.contains(folder) { changedFolders.append(folder) }
    }
}
