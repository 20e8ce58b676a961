/// Resolves references on UTF-8 bytes, reusing its buffers from one reference to the
/// next (the sanitizer resolves every URL attribute of a fragment with one workspace).
///
/// Cleaning follows what browsers do with an attribute value: surrounding whitespace and
/// control characters trimmed, tabs and newlines inside removed, the scheme matched
/// case-insensitively, `\` read as `/` in the path of http(s)/ftp URLs. Resolution and
/// dot-segment removal follow RFC 3986 §5.2.
package struct URLWorkspace {
    /// The reference being resolved, cleaned: scheme lowercased, percent-encoded.
    var cleaned: [UInt8] = []
    /// The result of the last successful `resolve`: an absolute, percent-encoded URL.
    package private(set) var resolved: [UInt8] = []

    package init() {}

    /// Resolves `raw` against `base` into `resolved`.
    /// - Returns: the scheme of the result, or nil when the reference is empty, has a
    ///   refused scheme, lacks a host, or is relative with no usable base.
    package mutating func resolve(_ raw: UnsafeBufferPointer<UInt8>, against base: BaseURL?, allowData: Bool) -> URLScheme? {
        resolved.removeAll(keepingCapacity: true)
        switch clean(raw) {
        case .refused:
            return nil
        case .absolute(let scheme, let prefix):
            if scheme == .data && !allowData { return nil }
            guard scheme.isHierarchical else {
                resolved.append(contentsOf: cleaned)
                return scheme
            }
            let parts = URIParts(cleaned, from: prefix)
            guard let authority = parts.authority, hasHost(authority) else { return nil }
            resolved.append(contentsOf: cleaned[..<prefix])
            resolved.append(contentsOf: "//".utf8)
            appendAuthority(authority)
            appendPath(parts.path)
            appendQueryAndFragment(query: parts.query.map { cleaned[$0] }, fragment: parts.fragment)
            return scheme
        case .relative:
            guard let base else { return nil }
            let parts = URIParts(cleaned, from: 0)
            resolved.append(contentsOf: base.bytes[..<base.authority.lowerBound])
            var query = parts.query.map { cleaned[$0] }
            if let authority = parts.authority {
                guard hasHost(authority) else { return nil }
                appendAuthority(authority)
                appendPath(parts.path)
            } else {
                resolved.append(contentsOf: base.bytes[base.authority])
                if parts.path.isEmpty {
                    resolved.append(contentsOf: base.bytes[base.path])
                    if query == nil { query = base.query.map { base.bytes[$0] } }
                } else if cleaned[parts.path.lowerBound] == UInt8(ascii: "/") {
                    appendPath(parts.path)
                } else {
                    let start = resolved.count
                    let basePath = base.bytes[base.path]
                    if let slash = basePath.lastIndex(of: UInt8(ascii: "/")) {
                        resolved.append(contentsOf: basePath[...slash])
                    } else {
                        resolved.append(UInt8(ascii: "/"))
                    }
                    resolved.append(contentsOf: cleaned[parts.path])
                    DotSegments.remove(from: &resolved, start: start)
                }
            }
            appendQueryAndFragment(query: query, fragment: parts.fragment)
            return base.scheme
        }
    }

    /// Whether the authority at `range` of `cleaned` names a host.
    private func hasHost(_ range: Range<Int>) -> Bool {
        let host = URIAuthority(cleaned, range).host
        return !host.isEmpty && cleaned[host.lowerBound] != UInt8(ascii: ":")
    }

    /// Appends the authority at `range` of `cleaned` with its host (and port) lowercased.
    private mutating func appendAuthority(_ range: Range<Int>) {
        let host = URIAuthority(cleaned, range).host.lowerBound
        resolved.append(contentsOf: cleaned[range.lowerBound..<host])
        let hostStart = resolved.count
        resolved.append(contentsOf: cleaned[host..<range.upperBound])
        guard resolved[hostStart...].contains(where: { $0 &- UInt8(ascii: "A") < 26 }) else { return }
        var escape = 0
        for index in hostStart..<resolved.count {
            let byte = resolved[index]
            if byte == UInt8(ascii: "%") { escape = 3 }
            if escape == 0, byte &- UInt8(ascii: "A") < 26 { resolved[index] = byte | 0x20 }
            if escape > 0 { escape -= 1 }
        }
    }

    /// Appends the path at `range` of `cleaned` without dot segments (`/` when empty).
    private mutating func appendPath(_ range: Range<Int>) {
        let start = resolved.count
        resolved.append(contentsOf: cleaned[range])
        DotSegments.remove(from: &resolved, start: start)
        if resolved.count == start { resolved.append(UInt8(ascii: "/")) }
    }

    private mutating func appendQueryAndFragment(query: ArraySlice<UInt8>?, fragment: Range<Int>?) {
        if let query {
            resolved.append(UInt8(ascii: "?"))
            resolved.append(contentsOf: query)
        }
        if let fragment {
            resolved.append(UInt8(ascii: "#"))
            resolved.append(contentsOf: cleaned[fragment])
        }
    }
}
