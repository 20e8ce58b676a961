import Synchronization

/// The output folder's files in memory, one version each: a request costs a `stat` of
/// the file (and of its `.gz` sibling when the client takes gzip) to see that the version
/// is still current; a new version is read, hashed and compressed headers built once.
final class PublishedFiles: Sendable {
    /// The output folder.
    let root: String
    /// `Cache-Control` of every file.
    let cacheControl: String
    private let cache = Mutex<[String: PublishedFile]>([:])

    init(root: String, maxAge: Int) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        cacheControl = "public, max-age=\(maxAge)"
    }

    /// The current version of `relativePath` (checked with ``OutputPath``), or nil when
    /// it is not there or cannot be served.
    /// - Parameter gzip: the client takes gzip, so the sibling's version matters too.
    func file(_ relativePath: String, gzip: Bool) -> PublishedFile? {
        let path = root + "/" + relativePath
        guard let version = FileVersion(path: path) else {
            cache.withLock { _ = $0.removeValue(forKey: relativePath) }
            return nil
        }
        if let cached = cache.withLock({ $0[relativePath] }), cached.version == version,
           !gzip || cached.gzipVersion == FileVersion(path: path + ".gz") {
            return cached
        }
        guard let loaded = PublishedFile.load(relativePath, root: root, cacheControl: cacheControl) else {
            cache.withLock { _ = $0.removeValue(forKey: relativePath) }
            return nil
        }
        cache.withLock { $0[relativePath] = loaded }
        return loaded
    }
}
