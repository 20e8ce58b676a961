/// A small streaming JSON writer that keeps keys in the order they are written.
///
/// Foundation's `JSONEncoder` sorts or scrambles keys; the parse contract and the
/// JSON Feed output read better in their documented order.
public final class JSONWriter {
    public private(set) var output = ""
    private let pretty: Bool
    private var depth = 0

    public init(pretty: Bool) {
        self.pretty = pretty
        output.reserveCapacity(4096)
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
        Self.appendQuoted(name, to: &output)
        output += pretty ? ": " : ":"
        afterKey = true
    }

    /// Writes a string value.
    public func string(_ value: String) {
        beginValue()
        Self.appendQuoted(value, to: &output)
    }

    /// Writes a literal JSON token (number, `true`, `null`).
    public func raw(_ token: String) {
        beginValue()
        output += token
    }

    private var afterKey = false
    private var isFirstInContainer = true

    private func open(_ bracket: String) {
        beginValue()
        output += bracket
        depth += 1
        isFirstInContainer = true
    }

    private func close(_ bracket: String) {
        depth -= 1
        if pretty && !isFirstInContainer { newline() }
        output += bracket
        isFirstInContainer = false
    }

    /// Separates a value (or a member) from the one before it.
    private func beginValue() {
        if afterKey {
            afterKey = false
            return
        }
        if depth > 0 {
            if !isFirstInContainer { output += "," }
            if pretty { newline() }
        }
        isFirstInContainer = false
    }

    private func newline() {
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    /// Appends `value` as a JSON string literal, escaping what RFC 8259 requires.
    public static func appendQuoted(_ value: String, to output: inout String) {
        output += "\""
        var pending = Substring.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            let escaped: String?
            switch scalar {
            case "\"": escaped = "\\\""
            case "\\": escaped = "\\\\"
            case "\n": escaped = "\\n"
            case "\r": escaped = "\\r"
            case "\t": escaped = "\\t"
            case "\u{2028}": escaped = "\\u2028"
            case "\u{2029}": escaped = "\\u2029"
            default:
                escaped = scalar.value < 0x20
                    ? "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                    : nil
            }
            if let escaped {
                output.unicodeScalars.append(contentsOf: pending)
                pending.removeAll(keepingCapacity: true)
                output += escaped
            } else {
                pending.append(scalar)
            }
        }
        output.unicodeScalars.append(contentsOf: pending)
        output += "\""
    }
}
