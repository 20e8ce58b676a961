/// The parts of a URI's authority, `user@host:port`, as ranges of its bytes.
///
/// The user information runs to the last `@`; the host follows it up to the port's `:`
/// (the last `:`, or the one right after an IP literal's `]`; the literal keeps its
/// brackets).
package struct URIAuthority {
    /// Before the last `@`; nil without one.
    package var userInfo: Range<Int>?
    /// The host, possibly empty.
    package var host: Range<Int>
    /// After the `:` that ends the host, possibly empty; nil without that `:`.
    package var port: Range<Int>?
    /// False when an IP literal's `[` has no `]`, or something other than `:port`
    /// follows its `]` (the host then runs to the end).
    package var isWellFormed = true

    /// Splits the authority at `authority` of `bytes`.
    package init(_ bytes: [UInt8], _ authority: Range<Int>) {
        let at = bytes[authority].lastIndex(of: UInt8(ascii: "@"))
        userInfo = at.map { authority.lowerBound..<$0 }
        let hostStart = at.map { $0 + 1 } ?? authority.lowerBound
        let end = authority.upperBound
        host = hostStart..<end
        if hostStart < end, bytes[hostStart] == UInt8(ascii: "[") {
            guard let close = bytes[hostStart..<end].firstIndex(of: UInt8(ascii: "]")) else {
                isWellFormed = false
                return
            }
            if close + 1 == end {
                host = hostStart..<end
            } else if bytes[close + 1] == UInt8(ascii: ":") {
                host = hostStart..<close + 1
                port = close + 2..<end
            } else {
                isWellFormed = false
            }
        } else if let colon = bytes[hostStart..<end].lastIndex(of: UInt8(ascii: ":")) {
            host = hostStart..<colon
            port = colon + 1..<end
        }
    }
}
