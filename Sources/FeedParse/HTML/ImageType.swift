/// The media type of an image URL from its file extension.
enum ImageType {
    private static let types = ["jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif", "webp": "image/webp"]

    /// `image/jpeg`, `image/png`, `image/gif` or `image/webp` from the last path segment's
    /// extension (query and fragment ignored); nil for other or no extensions.
    static func mediaType(of url: String) -> String? {
        let path = url.prefix { $0 != "?" && $0 != "#" }
        let segment = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = segment.lastIndex(of: ".") else { return nil }
        return types[segment[segment.index(after: dot)...].lowercased()]
    }
}
