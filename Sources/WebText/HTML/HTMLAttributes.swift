/// The attributes of the start tag being read: names lowercase, values decoded. A name
/// or value that reads as it is written stays in the input; the others (capitals,
/// references, NUL) are rewritten into one byte buffer reused from one tag to the next.
///
/// As in HTML, a repeated attribute is ignored (the first one wins); past `limit`
/// attributes, the others are ignored too (no allowed element has that many).
package struct HTMLAttributes {
    /// A name or a value: a range of the input, or of the rewritten bytes.
    struct Part {
        var range: Range<Int>
        var isRewritten: Bool
    }

    private struct Attribute {
        var name: Part
        var value: Part
    }

    static let limit = 64

    private let input: UnsafeBufferPointer<UInt8>
    private var rewritten: [UInt8] = []
    /// The first `count` are the tag's attributes; the others are left from earlier tags.
    private var attributes: [Attribute] = []
    private var count = 0

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
    }

    mutating func removeAll() {
        count = 0
        if !rewritten.isEmpty { rewritten.removeAll(keepingCapacity: true) }
    }

    /// Where the next rewritten part starts: its bytes follow through `append`.
    var rewrittenCount: Int { rewritten.count }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        rewritten.append(byte)
    }

    @inline(__always)
    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        rewritten.append(contentsOf: run)
    }

    /// Appends `scalar` in UTF-8.
    mutating func append(_ scalar: Unicode.Scalar) {
        rewritten.append(contentsOf: scalar.utf8)
    }

    /// Adds an attribute, unless its name repeats an earlier one or the limit is reached.
    mutating func add(name: Part, value: Part) {
        guard count < Self.limit else { return }
        let isRepeated = rewritten.withUnsafeBufferPointer { rewritten in
            let new = bytes(of: name, rewritten)
            for index in 0..<count {
                let old = bytes(of: attributes[index].name, rewritten)
                if old.count == new.count, old.elementsEqual(new) { return true }
            }
            return false
        }
        guard !isRepeated else { return }
        if count < attributes.count {
            attributes[count] = Attribute(name: name, value: value)
        } else {
            attributes.append(Attribute(name: name, value: value))
        }
        count += 1
    }

    /// Calls `body` with each attribute's lowercase name and decoded value (empty for a
    /// value-less attribute such as `controls`), in document order.
    package func forEach(_ body: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void) {
        rewritten.withUnsafeBufferPointer { rewritten in
            for index in 0..<count {
                body(bytes(of: attributes[index].name, rewritten), bytes(of: attributes[index].value, rewritten))
            }
        }
    }

    private func bytes(of part: Part, _ rewritten: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: (part.isRewritten ? rewritten : input)[part.range])
    }
}
