import WebText

/// The sanitizer's policy compiled into flat buffers read without hashing strings or
/// counting references: each listed element's rule, and the attributes allowed on it.
final class SanitizerTable: @unchecked Sendable {  // @unchecked: its buffers are written in init only, then read
    static let shared = SanitizerTable()

    private let elements: HTMLTagMap<SanitizerPolicy.Element>
    /// The allowed attributes: the global ones first, then each element's.
    private let attributes: UnsafeMutableBufferPointer<SanitizerPolicy.Attribute>
    private let globalAttributes: Range<Int>

    /// What the sanitizer does with the element named by `key`; nil when the policy does
    /// not list it (its tag is dropped, its text kept).
    @inline(__always)
    func element(_ key: HTMLTagKey) -> SanitizerPolicy.Element? {
        elements[key]
    }

    /// The kind of the attribute whose lowercase name packs to `key` on `element`; nil when
    /// the policy does not allow it there.
    @inline(__always)
    func attribute(_ key: UInt64, of element: SanitizerPolicy.Element) -> SanitizerPolicy.AttributeKind? {
        guard key != 0 else { return nil }
        for index in element.attributes where attributes[index].key == key { return attributes[index].kind }
        for index in globalAttributes where attributes[index].key == key { return attributes[index].kind }
        return nil
    }

    private init() {
        var attributes: [SanitizerPolicy.Attribute] = []
        func compile(_ rules: [String: SanitizerPolicy.AttributeKind]) -> Range<Int> {
            let start = attributes.count
            for (name, kind) in rules.sorted(by: { $0.key < $1.key }) {
                attributes.append(SanitizerPolicy.Attribute(key: Array(name.utf8).withUnsafeBufferPointer { $0.packedName }, kind: kind))
            }
            return start..<attributes.count
        }
        globalAttributes = compile(SanitizerPolicy.globalAttributes)
        elements = HTMLTagMap(SanitizerPolicy.rules.sorted { $0.key < $1.key }.map { name, rule in
            (name, SanitizerPolicy.Element(kind: rule.kind, role: rule.role, attributes: compile(rule.attributes)))
        })
        self.attributes = .allocate(capacity: attributes.count)
        _ = self.attributes.initialize(from: attributes)
    }

    deinit {
        attributes.deinitialize().deallocate()
    }
}
