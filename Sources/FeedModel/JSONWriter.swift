import Foundation

/// A small streaming JSON writer that keeps keys in the order they are written.
///
/// Foundation's `JSONEncoder` sorts or scrambles keys; the parse contract and the
/// JSON Feed output read better in their documented order.
public final class JSONWriter {
    /// The JSON written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    /// The JSON written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0

    /// - Parameter capacity: the bytes reserved up front (a feed's worth by default).
    public init(pretty: Bool, capacity: Int = 1 << 16) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// Writes `{ … }`; `body` writes the members.
    public func object(_ body: () -> Void) {
        open("{")
        body()
        close("}")
    }

    /// Writes `[ … ]` with one element per value.
    public func list<T>(_ values: [T], _ element: (T) -> Void) {
        open("[")
        for value in values { element(value) }
        close("]")
    }

    /// Writes `"key": [ … ]`, or nothing when `values` is empty.
    public func array<T>(_ name: String, _ values: [T], _ element: (T) -> Void) {
        guard !values.isEmpty else { return }
        key(name)
        list(values, element)
    }

    /// Writes `"key": "value"`, or nothing when `value` is nil or empty.
    public func field(_ name: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        key(name)
        string(value)
    }

    public func field(_ name: String, _ value: Bool) {
        key(name)
        raw(value ? "true" : "false")
    }

    public func field(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        raw(String(value))
    }

    /// Writes a member name; the value follows with any other call.
    public func key(_ name: String) {
        beginValue()
        appendQuoted(name)
        bytes.append(contentsOf: pretty ? [0x3A, 0x20] : [0x3A])
        afterKey = true
    }

    /// Writes a string value.
    public func string(_ value: String) {
        beginValue()
        appendQuoted(value)
    }

    /// Writes a literal JSON token (number, `true`, `null`).
    public func raw(_ token: String) {
        beginValue()
        bytes.append(contentsOf: token.utf8)
    }

    private var afterKey = false
    private var isFirstInContainer = true

    private func open(_ bracket: String) {
        beginValue()
        bytes.append(contentsOf: bracket.utf8)
        depth += 1
        isFirstInContainer = true
    }

    private func close(_ bracket: String) {
        depth -= 1
        if pretty && !isFirstInContainer { newline() }
        bytes.append(contentsOf: bracket.utf8)
        isFirstInContainer = false
    }

    /// Separates a value (or a member) from the one before it.
    private func beginValue() {
        if afterKey {
            afterKey = false
            return
        }
        if depth > 0 {
            if !isFirstInContainer { bytes.append(UInt8(ascii: ",")) }
            if pretty { newline() }
        }
        isFirstInContainer = false
    }

    private func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Appends `value` as a JSON string literal, escaping what RFC 8259 requires, and
    /// U+2028/U+2029, which are valid JSON but break JavaScript string literals.
    private func appendQuoted(_ value: String) {
        var value = value
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { text in
            var copied = 0
            var index = 0
            while index < text.count {
                let byte = text[index]
                let escape: [UInt8]
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escape = [0x5C, 0x22]
                case UInt8(ascii: "\\"): escape = [0x5C, 0x5C]
                case UInt8(ascii: "\n"): escape = [0x5C, UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): escape = [0x5C, UInt8(ascii: "r")]
                case UInt8(ascii: "\t"): escape = [0x5C, UInt8(ascii: "t")]
                case 0x00..<0x20: escape = Array(String(format: "\\u%04x", Int(byte)).utf8)
                case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                    escape = Array((text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    width = 3
                default:
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<index]))
                bytes.append(contentsOf: escape)
                index += width
                copied = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<text.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
