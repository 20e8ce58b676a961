import Foundation

/// A 64-bit FNV-1a hash over bytes: the same on every run and every machine (unlike
/// Swift's `Hasher`, which is seeded per process), cheap, and without a crypto package.
///
/// Fields are fed one by one; `separate()` writes a byte that never occurs in UTF-8
/// (0xFF), so `("ab", "c")` and `("a", "bc")` hash differently.
///
/// ```swift
/// var hash = StableHash()
/// hash.add("Tin tức")
/// hash.separate()
/// print(hash.hex)   // 16 lowercase hex digits
/// ```
public struct StableHash: Sendable {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    public private(set) var value: UInt64 = Self.offsetBasis

    public init() {}

    /// Feeds the UTF-8 bytes of a string.
    mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte: byte) }
    }

    /// Feeds an optional string: a marker byte for absent, so nil and `""` differ.
    mutating func add(_ text: String?) {
        if let text {
            add(byte: 0xFE)
            add(text)
        } else {
            add(byte: 0xFD)
        }
    }

    /// Feeds an optional date as whole seconds since 1970 in decimal (what the feeds'
    /// RFC 3339 dates hold); a marker byte for absent.
    mutating func add(_ date: Date?) {
        add(date.map { String(Int64($0.timeIntervalSince1970.rounded(.down))) })
    }

    /// Feeds one byte.
    mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }

    /// Ends a field (0xFF, a byte that valid UTF-8 never contains).
    mutating func separate() {
        add(byte: 0xFF)
    }

    /// The hash as 16 lowercase hex digits, zero-padded.
    var hex: String {
        Self.hex(value)
    }

    /// The hash of one string, as 16 hex digits.
    public static func hex(of text: String) -> String {
        var hash = StableHash()
        hash.add(text)
        return hash.hex
    }

    /// A 64-bit value as 16 lowercase hex digits, zero-padded.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
