import FeedModel

/// Media types of enclosures, as declared or guessed from the file name.
enum MediaType {
    /// The enclosure's declared type, else one guessed from its URL's extension, else
    /// `application/octet-stream`.
    static func of(_ enclosure: Enclosure) -> String {
        if let type = enclosure.type, !type.isEmpty { return type }
        return guess(url: enclosure.url) ?? "application/octet-stream"
    }

    /// True for images (the first one is JSON Feed's `image`).
    static func isImage(_ enclosure: Enclosure) -> Bool {
        of(enclosure).hasPrefix("image/")
    }

    /// The type for the URL's file extension (query and fragment ignored), if known.
    static func guess(url: String) -> String? {
        let path = url.prefix { $0 != "?" && $0 != "#" }
        guard let slash = path.lastIndex(of: "/"), let dot = path[slash...].lastIndex(of: ".") else { return nil }
        return byExtension[path[path.index(after: dot)...].lowercased()]
    }

    private static let byExtension: [String: String] = [
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
        "webp": "image/webp", "svg": "image/svg+xml", "avif": "image/avif", "bmp": "image/bmp",
        "mp3": "audio/mpeg", "m4a": "audio/mp4", "ogg": "audio/ogg", "wav": "audio/wav",
        "mp4": "video/mp4", "m4v": "video/mp4", "webm": "video/webm", "mov": "video/quicktime",
        "pdf": "application/pdf", "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ppt": "application/vnd.ms-powerpoint",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "zip": "application/zip", "rar": "application/vnd.rar", "txt": "text/plain",
    ]
}
