/// The attributes of the start tag being read: names lowercased, values decoded, all in
/// one byte buffer reused from one tag to the next.
///
/// As in HTML, a repeated attribute is ignored (the first one wins); past `limit`
/// attributes, the others are ignored too (no allowed element has that many).
struct HTMLAttributes {
    private struct Span {
        var nameStart: Int32
        /// Where the name ends and the value starts.
        var nameEnd: Int32
        var valueEnd: Int32
    }

    static let limit = 64

    private(set) var bytes: [UInt8] = []
    private var spans: [Span] = []
    /// Where the attribute being read starts in `bytes`.
    private var start = 0
    private var nameEnd = 0

    init() {
        bytes.reserveCapacity(512)
        spans.reserveCapacity(16)
    }

    mutating func removeAll() {
        if !spans.isEmpty { spans.removeAll(keepingCapacity: true) }
        if !bytes.isEmpty { bytes.removeAll(keepingCapacity: true) }
    }

    /// Starts an attribute: its name follows through `append`, then `endName`.
    @inline(__always)
    mutating func startName() {
        start = bytes.count
    }

    /// Ends the name; the value follows through `append`, then `endValue`.
    @inline(__always)
    mutating func endName() {
        nameEnd = bytes.count
    }

    /// Keeps the attribute just read, unless its name repeats an earlier one or the limit
    /// is reached.
    mutating func endValue() {
        if isNew {
            spans.append(Span(nameStart: Int32(start), nameEnd: Int32(nameEnd), valueEnd: Int32(bytes.count)))
        } else {
            bytes.removeSubrange(start...)
        }
    }

    private var isNew: Bool {
        guard spans.count < Self.limit, bytes.count <= Int(Int32.max) else { return false }
        let name = bytes[start..<nameEnd]
        return !spans.contains { span in
            Int(span.nameEnd - span.nameStart) == name.count
                && bytes[Int(span.nameStart)..<Int(span.nameEnd)].elementsEqual(name)
        }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    @inline(__always)
    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: run)
    }

    /// Appends `scalar` in UTF-8.
    mutating func append(_ scalar: Unicode.Scalar) {
        bytes.append(contentsOf: scalar.utf8)
    }

    /// Calls `body` with each attribute's lowercase name and decoded value (empty for a
    /// value-less attribute such as `controls`), in document order.
    func forEach(_ body: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            for span in spans {
                body(UnsafeBufferPointer(rebasing: buffer[Int(span.nameStart)..<Int(span.nameEnd)]),
                     UnsafeBufferPointer(rebasing: buffer[Int(span.nameEnd)..<Int(span.valueEnd)]))
            }
        }
    }
}
