/// A gzip stream of about 1 GB of zeros, produced a chunk at a time so the server
/// never holds it: one fixed-Huffman deflate block with a literal 0 followed by
/// back-references of 258 bytes at distance 1, 13 bits for every 258 zeros.
///
/// The stream stops after its last back-reference without the gzip trailer: a client
/// that reads that far has already failed the body limit under test.
struct GzipZeroBomb: Sequence, IteratorProtocol {
    /// Back-references still to write (258 zeros each).
    private var referencesLeft: Int
    private var started = false
    private var bits: UInt64 = 0
    private var bitCount = 0
    private let chunkBytes: Int

    /// A bomb inflating to `1 + 258 × references` zeros, in chunks of about `chunkBytes`.
    init(references: Int = 4_161_000, chunkBytes: Int = 16_384) {
        referencesLeft = references
        self.chunkBytes = chunkBytes
    }

    /// The uncompressed size.
    static func inflatedSize(references: Int = 4_161_000) -> Int { 1 + 258 * references }

    mutating func next() -> [UInt8]? {
        guard referencesLeft > 0 else { return nil }
        var chunk: [UInt8] = []
        chunk.reserveCapacity(chunkBytes + 16)
        if !started {
            started = true
            chunk += [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]  // gzip header: deflate, no name, Unix
            put(0b1, count: 1, into: &chunk)                // BFINAL
            put(0b01, count: 2, into: &chunk)               // BTYPE: fixed Huffman
            putCode(0b0011_0000, length: 8, into: &chunk)   // literal 0
        }
        while chunk.count < chunkBytes, referencesLeft > 0 {
            putCode(0b1100_0101, length: 8, into: &chunk)   // length code 285: 258 bytes
            putCode(0b00000, length: 5, into: &chunk)       // distance code 0: distance 1
            referencesLeft -= 1
        }
        if referencesLeft == 0 {
            putCode(0, length: 7, into: &chunk)             // end of block
            if bitCount > 0 { chunk.append(UInt8(truncatingIfNeeded: bits)) }
        }
        return chunk
    }

    /// Appends `count` bits, least significant first (deflate's bit order for fields).
    private mutating func put(_ value: UInt64, count: Int, into chunk: inout [UInt8]) {
        bits |= value << UInt64(bitCount)
        bitCount += count
        while bitCount >= 8 {
            chunk.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
            bitCount -= 8
        }
    }

    /// Appends a Huffman code, most significant bit first.
    private mutating func putCode(_ code: UInt64, length: Int, into chunk: inout [UInt8]) {
        var reversed: UInt64 = 0
        for bit in 0..<length where code & (1 << UInt64(bit)) != 0 {
            reversed |= 1 << UInt64(length - 1 - bit)
        }
        put(reversed, count: length, into: &chunk)
    }
}
