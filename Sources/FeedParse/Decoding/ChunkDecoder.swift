/// One charset's streaming conversion to UTF-8, behind `CharsetDecoder`.
///
/// Every conformer holds back a sequence cut by the end of a chunk until the next
/// call, and drops the control characters XML forbids (see `Array.appendScalar`).
protocol ChunkDecoder {
    /// Appends the UTF-8 of the next chunk to `output`.
    mutating func decode(_ chunk: UnsafeRawBufferPointer, into output: inout [UInt8]) throws
    /// Appends what was held back, an incomplete sequence becoming U+FFFD.
    mutating func finish(into output: inout [UInt8]) throws
    /// True once bytes did not fit the charset and were read in a fallback charset.
    var fellBack: Bool { get }
}
