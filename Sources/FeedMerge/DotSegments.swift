/// Removal of `.` and `..` segments from a URL path (RFC 3986 §5.2.4).
///
/// `/a/b/../c/./d` → `/a/c/d`; `..` above the root stays at the root (`/../a` → `/a`).
enum DotSegments {
    static func removed(from path: String) -> String {
        guard path.contains(".") else { return path }
        var input = Substring(path)
        var output = ""
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                removeLastSegment(&output)
            } else if input == "/.." {
                input = "/"
                removeLastSegment(&output)
            } else if input == "." || input == ".." {
                input = ""
            } else {
                // Move the first segment, with its leading slash, to the output.
                let start = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[start...].firstIndex(of: "/") ?? input.endIndex
                output += input[..<end]
                input = input[end...]
            }
        }
        return output
    }

    private static func removeLastSegment(_ output: inout String) {
        if let slash = output.lastIndex(of: "/") {
            output.removeSubrange(slash...)
        } else {
            output = ""
        }
    }
}
