/// The components of a URI reference (RFC 3986 appendix B), as ranges of its bytes.
struct URIParts {
    /// After `//`, up to the path; nil when the reference has no `//`.
    var authority: Range<Int>?
    var path: Range<Int>
    /// After `?`, up to `#`.
    var query: Range<Int>?
    /// After `#`.
    var fragment: Range<Int>?

    /// Splits `bytes` from `start`, which is just after the `scheme:` if there is one.
    init(_ bytes: [UInt8], from start: Int) {
        let end = bytes.count
        var index = start
        if index + 1 < end, bytes[index] == UInt8(ascii: "/"), bytes[index + 1] == UInt8(ascii: "/") {
            index += 2
            let authorityStart = index
            while index < end, bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: "?"), bytes[index] != UInt8(ascii: "#") {
                index += 1
            }
            authority = authorityStart..<index
        }
        let pathStart = index
        while index < end, bytes[index] != UInt8(ascii: "?"), bytes[index] != UInt8(ascii: "#") { index += 1 }
        path = pathStart..<index
        if index < end, bytes[index] == UInt8(ascii: "?") {
            index += 1
            let queryStart = index
            while index < end, bytes[index] != UInt8(ascii: "#") { index += 1 }
            query = queryStart..<index
        }
        if index < end, bytes[index] == UInt8(ascii: "#") {
            fragment = index + 1..<end
        }
    }
}

extension URLWorkspace {
    /// Removes the `.` and `..` segments of the path that starts at `start` and runs to
    /// the end of `bytes`, in place (RFC 3986 §5.2.4; the output never outgrows the input).
    static func removeDotSegments(_ bytes: inout [UInt8], from start: Int) {
        let end = bytes.count
        guard hasDotSegment(bytes[start...]) else { return }
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        func at(_ index: Int, _ pattern: StaticString) -> Bool {
            let count = pattern.utf8CodeUnitCount
            guard index + count <= end else { return false }
            for offset in 0..<count where bytes[index + offset] != pattern.utf8Start[offset] { return false }
            return true
        }
        /// Removes the last segment of the output and its preceding `/`.
        func popSegment(_ write: Int) -> Int {
            var index = write
            while index > start {
                index -= 1
                if bytes[index] == slash { return index }
            }
            return start
        }
        var read = start, write = start
        while read < end {
            if at(read, "../") { read += 3; continue }
            if at(read, "./") || at(read, "/./") { read += 2; continue }
            if read + 2 == end, at(read, "/.") { read += 1; bytes[read] = slash; continue }
            if at(read, "/../") { read += 3; write = popSegment(write); continue }
            if read + 3 == end, at(read, "/..") { read += 2; bytes[read] = slash; write = popSegment(write); continue }
            if (read + 1 == end && bytes[read] == dot) || (read + 2 == end && at(read, "..")) { break }
            repeat {
                bytes[write] = bytes[read]
                write += 1
                read += 1
            } while read < end && bytes[read] != slash
        }
        bytes.removeSubrange(write..<end)
    }

    /// Whether `path` may have a `.` or `..` segment: a `.` at its start or after a `/`.
    private static func hasDotSegment(_ path: ArraySlice<UInt8>) -> Bool {
        path.withUnsafeBufferPointer { path in
            var previous = UInt8(ascii: "/")
            for byte in path {
                if byte == UInt8(ascii: "."), previous == UInt8(ascii: "/") { return true }
                previous = byte
            }
            return false
        }
    }
}
