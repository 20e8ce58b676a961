/// UTF-16 (either byte order) to UTF-8. An unpaired surrogate becomes U+FFFD.
struct UTF16Decoder: ChunkDecoder {
    private let bigEndian: Bool
    /// The first byte of a code unit cut by the end of the previous chunk.
    private var heldByte: UInt8?
    /// A high surrogate waiting for its low surrogate.
    private var highSurrogate: UInt32?

    var fellBack: Bool { false }

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    mutating func decode(_ chunk: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + chunk.count * 3 / 2)
        var index = 0
        if let first = heldByte, let second = chunk.first {
            heldByte = nil
            append(unit(first, second), to: &output)
            index = 1
        }
        while index + 1 < chunk.count {
            append(unit(chunk[index], chunk[index + 1]), to: &output)
            index += 2
        }
        if index < chunk.count { heldByte = chunk[index] }
    }

    mutating func finish(into output: inout [UInt8]) {
        if highSurrogate != nil || heldByte != nil { output.appendReplacementCharacter() }
        highSurrogate = nil
        heldByte = nil
    }

    @inline(__always)
    private func unit(_ first: UInt8, _ second: UInt8) -> UInt32 {
        bigEndian ? UInt32(first) << 8 | UInt32(second) : UInt32(second) << 8 | UInt32(first)
    }

    private mutating func append(_ unit: UInt32, to output: inout [UInt8]) {
        if let high = highSurrogate {
            highSurrogate = nil
            if (0xDC00..<0xE000).contains(unit) {
                output.appendScalar(0x10000 + ((high - 0xD800) << 10 | (unit - 0xDC00)))
                return
            }
            output.appendReplacementCharacter()
        }
        if (0xD800..<0xDC00).contains(unit) {
            highSurrogate = unit
        } else {
            output.appendScalar(unit)  // a lone low surrogate becomes U+FFFD there
        }
    }
}
