import Foundation

/// A block of IP addresses in CIDR notation (`127.0.0.0/8`, `::1/128`, a bare address
/// is the block of that one address): who may read `/metrics` (`server.metrics_allow`).
public struct AddressRange: Sendable, Hashable, CustomStringConvertible {
    /// The network's address bytes: 4 for IPv4, 16 for IPv6.
    public let network: [UInt8]
    /// How many leading bits must match.
    public let prefixLength: Int

    /// Reads `address[/bits]`; nil for a malformed address or a prefix longer than the address.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = Self.bytes(of: String(parts[0])) else { return nil }
        let bits = parts.count == 2 ? Int(parts[1]) : address.count * 8
        guard let bits, (0...address.count * 8).contains(bits), parts.count == 1 || parts[1].allSatisfy(\.isNumber)
        else { return nil }
        network = address
        prefixLength = bits
    }

    /// Loopback only: `127.0.0.0/8` and `::1/128`, the default of `metrics_allow`.
    public static let loopback = [AddressRange("127.0.0.0/8")!, AddressRange("::1/128")!]

    /// True when `address` (text, IPv4 or IPv6; an IPv4-mapped IPv6 address counts as
    /// its IPv4 address) is in the block.
    public func contains(_ address: String) -> Bool {
        guard var bytes = Self.bytes(of: address) else { return false }
        if bytes.count == 16, network.count == 4, bytes.prefix(12) == Self.mappedIPv4Prefix[...] { bytes = Array(bytes.suffix(4)) }
        guard bytes.count == network.count else { return false }
        for bit in 0..<prefixLength {
            let mask = UInt8(0x80) >> UInt8(bit % 8)
            if bytes[bit / 8] & mask != network[bit / 8] & mask { return false }
        }
        return true
    }

    /// `address/bits`, the address as written by `inet_ntop`.
    public var description: String {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        network.withUnsafeBytes { _ = inet_ntop(network.count == 4 ? AF_INET : AF_INET6, $0.baseAddress, &text, socklen_t(text.count)) }
        return String(cString: text) + "/\(prefixLength)"
    }

    private static let mappedIPv4Prefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    /// The bytes of an IPv4 or IPv6 address in text (brackets and a `%zone` removed).
    private static func bytes(of text: String) -> [UInt8]? {
        var address = text
        if address.hasPrefix("["), address.hasSuffix("]") { address = String(address.dropFirst().dropLast()) }
        if let zone = address.firstIndex(of: "%") { address = String(address[..<zone]) }
        var v4 = [UInt8](repeating: 0, count: 4)
        if inet_pton(AF_INET, address, &v4) == 1 { return v4 }
        var v6 = [UInt8](repeating: 0, count: 16)
        if inet_pton(AF_INET6, address, &v6) == 1 { return v6 }
        return nil
    }
}
