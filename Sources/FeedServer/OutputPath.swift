import Foundation

/// The file a request path names inside the output folder, or nothing.
///
/// `/` is `index.html`. Each segment is percent-decoded once and refused when it is
/// empty, starts with a dot (`..`, `.feed.atom.tmp-…`, dotfiles), or holds a `/`, a `\`
/// or a NUL once decoded (`%2e%2e`, `%2F`); only the published kinds of files
/// (``PublishedFile/mediaTypes``) are served. Symbolic links are refused when the file is
/// opened (``PublishedFile/load(_:root:cacheControl:)``).
enum OutputPath {
    /// The path relative to the output folder, e.g. `units/ba-dinh.atom`; nil when the
    /// request may not reach a file.
    static func relative(_ requestPath: String) -> String? {
        if requestPath == "/" || requestPath == "/index.html" { return "index.html" }
        guard requestPath.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for raw in requestPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let text = String(raw)
            guard let segment = text.contains("%") ? text.removingPercentEncoding : text, !segment.isEmpty, !segment.hasPrefix("."),
                  !segment.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" })
            else { return nil }
            segments.append(segment)
        }
        guard let name = segments.last, let dot = name.lastIndex(of: "."),
              PublishedFile.mediaTypes[String(name[name.index(after: dot)...])] != nil
        else { return nil }
        return segments.joined(separator: "/")
    }
}
