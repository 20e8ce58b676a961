/// Removal of `.` and `..` segments from a URL path (RFC 3986 §5.2.4), on UTF-8 bytes.
///
/// `/a/b/../c/./d` → `/a/c/d`; `..` above the root stays at the root (`/../a` → `/a`).
enum DotSegments {
    private static let slash = UInt8(ascii: "/")
    private static let dot = UInt8(ascii: ".")

    static func removed(from path: [UInt8]) -> [UInt8] {
        guard path.contains(dot) else { return path }
        // The path as segments after its leading slash; a `.` or `..` segment is dropped
        // (with the one before it for `..`), and a path ending in one keeps a final slash.
        let absolute = path.first == slash
        let segments = path.split(separator: slash, omittingEmptySubsequences: false).dropFirst(absolute ? 1 : 0)
        var output: [ArraySlice<UInt8>] = []
        var endsInDirectory = false
        for segment in segments {
            if segment.elementsEqual([dot]) {
                endsInDirectory = true
            } else if segment.elementsEqual([dot, dot]) {
                if !output.isEmpty { output.removeLast() }
                endsInDirectory = true
            } else {
                output.append(segment)
                endsInDirectory = false
            }
        }
        var result: [UInt8] = absolute ? [slash] : []
        for (index, segment) in output.enumerated() {
            if index > 0 { result.append(slash) }
            result += segment
        }
        if endsInDirectory, !output.isEmpty { result.append(slash) }
        return result
    }
}
