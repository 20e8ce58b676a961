/// The media type of an image URL from its file extension.
public enum ImageType {
    private static let types: [String: String] = [
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif", "webp": "image/webp",
    ]

    /// `image/jpeg`, `image/png`, `image/gif` or `image/webp` from the last path segment's
    /// extension (query and fragment ignored); nil for other or no extensions.
    public static func mediaType(of url: String) -> String? {
        let bytes = url.utf8
        let end = bytes.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.endIndex
        var index = end
        var length = 0
        while index > bytes.startIndex {
            let previous = bytes.index(before: index)
            let byte = bytes[previous]
            if byte == UInt8(ascii: ".") {
                guard length > 0, length <= 4 else { return nil }
                return types[String(decoding: bytes[index..<end], as: UTF8.self).lowercased()]
            }
            if byte == UInt8(ascii: "/") { return nil }
            index = previous
            length += 1
        }
        return nil
    }
}
