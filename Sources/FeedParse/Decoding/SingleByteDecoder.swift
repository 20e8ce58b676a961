/// A single-byte charset to UTF-8 through its table. For windows-1258 and TCVN3, a base
/// letter followed by a tone mark comes out as the precomposed letter.
struct SingleByteDecoder: ChunkDecoder {
    private let table: SingleByteTable
    /// A base letter that ended the previous chunk, waiting for a tone mark.
    private var heldBase: UInt8?

    var fellBack: Bool { false }

    init(table: SingleByteTable) {
        self.table = table
    }

    mutating func decode(_ chunk: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        table.scalars.withUnsafeBufferPointer { scalars in
            if let byte = heldBase {
                heldBase = nil
                append(byte, scalars, to: &output)
            }
            var bytes = chunk[...]
            if table.hasToneMarks, let last = chunk.last, VietnameseComposer.baseRow(of: UInt32(scalars[Int(last)])) != nil {
                heldBase = last
                bytes = bytes.dropLast()
            }
            for byte in bytes {
                append(byte, scalars, to: &output)
            }
        }
    }

    mutating func finish(into output: inout [UInt8]) {
        if let byte = heldBase {
            output.appendScalar(UInt32(table.scalars[Int(byte)]))
        }
        heldBase = nil
    }

    @inline(__always)
    private func append(_ byte: UInt8, _ scalars: UnsafeBufferPointer<UInt16>, to output: inout [UInt8]) {
        if byte >= 0x20 && byte < 0x80 {
            output.append(byte)
            return
        }
        let scalar = UInt32(scalars[Int(byte)])
        if scalar == UInt32(SingleByteTable.dropped) { return }
        if table.hasToneMarks && VietnameseComposer.toneIndex(of: scalar) != nil {
            VietnameseComposer.append(tone: scalar, to: &output)
        } else {
            output.appendScalar(scalar)
        }
    }
}
