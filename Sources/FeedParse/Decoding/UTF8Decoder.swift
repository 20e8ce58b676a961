/// UTF-8 to UTF-8: validation only, the valid bytes copied in runs.
///
/// A byte that starts no valid sequence (a document in a legacy charset that declares,
/// or defaults to, UTF-8) is read in a fallback single-byte charset, chosen once at the
/// first such byte: windows-1258 when the chunk shows its tone marks after vowels, else
/// the legacy charset the document itself declared, else windows-1252.
struct UTF8Decoder: ChunkDecoder {
    /// The legacy charset the document declared, preferred as the fallback.
    private let declaredFallback: SingleByteTable?
    private var fallback: SingleByteTable?
    /// The first bytes of a sequence cut by the end of the previous chunk.
    private var held: [UInt8] = []
    /// Where the last scan read a byte in the fallback charset.
    private var lastFallbackIndex: Int?

    private(set) var fellBack = false

    init(declaredFallback: SingleByteTable? = nil) {
        self.declaredFallback = declaredFallback
    }

    mutating func decode(_ chunk: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        guard !held.isEmpty else { return decodeRest(of: chunk, from: 0, into: &output) }
        if chunk.count < 8 {
            let combined = held + chunk
            held = []
            return combined.withUnsafeBytes { decodeRest(of: $0, from: 0, into: &output) }
        }
        // The held bytes (at most 4) end within the chunk's first 4 bytes: decode them from
        // a small joint buffer, then the chunk from where they ended.
        let joint = held + UnsafeRawBufferPointer(rebasing: chunk.prefix(4))
        let heldCount = held.count
        held = []
        let stop = joint.withUnsafeBytes { scan($0, from: 0, until: heldCount, context: chunk, into: &output) }
        decodeRest(of: chunk, from: stop - heldCount, into: &output)
    }

    private mutating func decodeRest(of buffer: UnsafeRawBufferPointer, from start: Int, into output: inout [UInt8]) {
        let stop = scan(buffer, from: start, until: buffer.count, context: buffer, into: &output)
        held = Array(UnsafeRawBufferPointer(rebasing: buffer[stop...]))
        holdBackBaseLetter(of: buffer, before: stop, after: start, output: &output)
    }

    /// Legacy Vietnamese: the next chunk may begin with a tone mark for the letter that
    /// ends this one, so that letter's byte leaves the output and waits with the held bytes.
    private mutating func holdBackBaseLetter(
        of chunk: UnsafeRawBufferPointer, before stop: Int, after start: Int, output: inout [UInt8]
    ) {
        guard stop > start, let table = fallback, table.hasToneMarks else { return }
        let byte = chunk[stop - 1]
        let scalar = UInt32(table.scalars[Int(byte)])
        guard VietnameseComposer.baseRow(of: scalar) != nil else { return }
        if byte < 0x80 {
            guard output.last == byte else { return }
            output.removeLast()
        } else {
            guard lastFallbackIndex == stop - 1 else { return }  // a byte of a UTF-8 sequence
            output.removeLast(2)  // the base letters past ASCII are 2 bytes of UTF-8
        }
        held.insert(byte, at: 0)
    }

    /// A sequence cut by the end of the document becomes U+FFFD, unless the document has
    /// already shown legacy bytes: then its bytes are legacy characters too.
    mutating func finish(into output: inout [UInt8]) {
        if fallback != nil {
            let bytes = held
            bytes.withUnsafeBytes { context in
                for byte in context { appendFallback(byte, context: context, to: &output) }
            }
        } else if !held.isEmpty {
            output.appendReplacementCharacter()
        }
        held = []
    }

    /// Decodes `bytes` from `start` until the first sequence boundary at or after `limit`;
    /// returns where it stopped: that boundary, or the start of a sequence cut by the end.
    private mutating func scan(
        _ bytes: UnsafeRawBufferPointer, from start: Int, until limit: Int,
        context: UnsafeRawBufferPointer, into output: inout [UInt8]
    ) -> Int {
        let count = bytes.count
        var index = start, run = start
        lastFallbackIndex = nil
        while index < limit {
            // Eight printable ASCII bytes at a time (no byte >= 0x80, none < 0x20); else
            // skip to the first byte that is not (the lowest flagged byte is exact).
            if index + 8 <= count {
                let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let flags = (word | ((word &- 0x2020_2020_2020_2020) & ~word)) & 0x8080_8080_8080_8080
                if flags == 0 {
                    index += 8
                    continue
                }
                index += flags.trailingZeroBitCount >> 3
            }
            let lead = bytes[index]
            if lead < 0x80 {
                if lead >= 0x20 || lead == 0x09 || lead == 0x0A || lead == 0x0D {
                    index += 1
                    continue
                }
                Self.copy(bytes, run..<index, to: &output)  // a control XML forbids: dropped
                index += 1
                run = index
                continue
            }
            // The common 2- and 3-byte sequences (Vietnamese letters, punctuation), inline.
            if lead >= 0xC2, lead <= 0xDF, index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 {
                index += 2
                continue
            }
            if lead >= 0xE1, lead <= 0xEC, index + 2 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
                index += 3
                continue
            }
            let length = UTF8Sequence.length(in: bytes, at: index)
            if length > 0 {
                if length == 3, lead == 0xEF, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                    Self.copy(bytes, run..<index, to: &output)  // U+FFFE, U+FFFF: dropped
                    run = index + 3
                }
                index += length
                continue
            }
            Self.copy(bytes, run..<index, to: &output)
            if length == UTF8Sequence.incomplete { return index }
            appendFallback(bytes[index], context: context, to: &output)
            lastFallbackIndex = index
            index += 1
            run = index
        }
        Self.copy(bytes, run..<index, to: &output)
        return index
    }

    /// Appends a byte that is not UTF-8 as a character of the fallback charset.
    private mutating func appendFallback(_ byte: UInt8, context: UnsafeRawBufferPointer, to output: inout [UInt8]) {
        let table = fallback ?? Self.chooseFallback(context: context, declared: declaredFallback)
        fallback = table
        fellBack = true
        let scalar = UInt32(table.scalars[Int(byte)])
        if table.hasToneMarks {
            VietnameseComposer.append(tone: scalar, to: &output)
        } else {
            output.appendScalar(scalar)
        }
    }

    /// windows-1258 when a byte that is not UTF-8 is one of its tone marks right after a
    /// vowel; otherwise the declared legacy charset, or windows-1252.
    static func chooseFallback(context bytes: UnsafeRawBufferPointer, declared: SingleByteTable?) -> SingleByteTable {
        let vowels: Set<UInt8> = Set("aeiouyAEIOUY".utf8).union([0xE2, 0xEA, 0xF4, 0xE3, 0xF5, 0xFD, 0xC2, 0xCA, 0xD4, 0xC3, 0xD5, 0xDD])
        let toneMarks: Set<UInt8> = [0xCC, 0xD2, 0xDE, 0xEC, 0xF2]
        for index in bytes.indices.dropFirst()
        where toneMarks.contains(bytes[index]) && vowels.contains(bytes[index - 1])
            && UTF8Sequence.length(in: bytes, at: index) <= 0 {
            return .windows1258
        }
        return declared ?? .windows1252
    }

    @inline(__always)
    private static func copy(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, to output: inout [UInt8]) {
        guard !range.isEmpty, let base = bytes.baseAddress else { return }
        // Byte memory is readable as UInt8 whatever it is bound to.
        output.append(contentsOf: UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self) + range.lowerBound, count: range.count))
    }
}
