/// Removal of `.` and `..` segments from a URL path (RFC 3986 §5.2.4), on UTF-8 bytes.
///
/// `/a/b/../c/./d` → `/a/c/d`; `..` above the root stays at the root (`/../a` → `/a`).
package enum DotSegments {
    /// Removes the `.` and `..` segments of the path that starts at `start` and runs to
    /// the end of `bytes`, in place (the output never outgrows the input).
    package static func remove(from bytes: inout [UInt8], start: Int) {
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
