import CZlib

/// What a gzip member's 8-byte trailer (RFC 1952 §2.3.1) says about the data it holds:
/// its CRC-32 and its length modulo 2³². Enough to tell, without inflating it, whether
/// a `.gz` file holds a given content.
public struct GzipTrailer: Equatable, Sendable {
    /// CRC-32 of the uncompressed data.
    public let crc: UInt32
    /// The uncompressed length modulo 2³².
    public let length: UInt32

    /// The trailer a gzip member of `data` ends with.
    public init(of data: [UInt8]) {
        crc = data.withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, uInt($0.count))) }
        length = UInt32(truncatingIfNeeded: data.count)
    }

    /// The trailer in the last 8 bytes of a gzip file (both values little-endian); nil
    /// when `tail` is shorter.
    public init?(last tail: [UInt8]) {
        guard tail.count >= 8 else { return nil }
        let bytes = tail.suffix(8)
        func word(_ offset: Int) -> UInt32 {
            (0..<4).reduce(0) { $0 | UInt32(bytes[bytes.startIndex + offset + $1]) << (8 * $1) }
        }
        crc = word(0)
        length = word(4)
    }
}
