/// UTF-32 (either byte order) to UTF-8. A value that is no scalar becomes U+FFFD.
struct UTF32Decoder: ChunkDecoder {
    private let bigEndian: Bool
    /// The first bytes of a code unit cut by the end of the previous chunk.
    private var held: [UInt8] = []

    var fellBack: Bool { false }

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    mutating func decode(_ chunk: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        var index = 0
        if !held.isEmpty {
            let taken = min(4 - held.count, chunk.count)
            held += UnsafeRawBufferPointer(rebasing: chunk.prefix(taken))
            index = taken
            guard held.count == 4 else { return }
            held.withUnsafeBytes { output.appendScalar(unit(at: 0, in: $0)) }
            held = []
        }
        while index + 4 <= chunk.count {
            output.appendScalar(unit(at: index, in: chunk))
            index += 4
        }
        held = Array(UnsafeRawBufferPointer(rebasing: chunk[index...]))
    }

    mutating func finish(into output: inout [UInt8]) {
        if !held.isEmpty { output.appendReplacementCharacter() }
        held = []
    }

    private func unit(at index: Int, in bytes: UnsafeRawBufferPointer) -> UInt32 {
        let value = bytes.loadUnaligned(fromByteOffset: index, as: UInt32.self)
        return bigEndian ? UInt32(bigEndian: value) : UInt32(littleEndian: value)
    }
}
