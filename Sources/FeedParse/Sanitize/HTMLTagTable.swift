/// The element names the fragment parser knows, with the sanitizer's policy compiled
/// in, in flat buffers read without hashing strings or counting references.
/// Immutable once built, hence `@unchecked Sendable`.
final class HTMLTagTable: @unchecked Sendable {
    static let shared = HTMLTagTable()

    private let tags: UnsafeMutableBufferPointer<HTMLTag>
    /// 256 slots, each an index into `tags` or -1.
    private let slots: UnsafeMutableBufferPointer<Int16>
    /// The allowed attributes: the global ones first, then each element's.
    let attributes: UnsafeMutableBufferPointer<SanitizerPolicy.Attribute>
    private let globalAttributes: Range<Int>

    /// The tag named by `key`; an unknown name gets a tag with no flags and no policy.
    @inline(__always)
    func tag(_ key: HTMLTagKey) -> HTMLTag {
        var slot = Self.slot(key)
        while true {
            let index = Int(slots[slot])
            if index < 0 { return HTMLTag(key: key) }
            if tags[index].key == key { return tags[index] }
            slot = (slot + 1) & 255
        }
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

    @inline(__always)
    private static func slot(_ key: HTMLTagKey) -> Int {
        let mixed = (UInt64(truncatingIfNeeded: key) ^ UInt64(truncatingIfNeeded: key >> 64)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 56)
    }

    private init() {
        var flags: [String: HTMLTag.Flags] = [:]
        func mark(_ names: String, _ flag: HTMLTag.Flags) {
            for name in names.split(separator: " ") { flags[String(name), default: []].insert(flag) }
        }
        mark("area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr", .void)
        mark("script style xmp iframe noembed noframes noscript textarea title plaintext", .rawText)
        mark("html head body", .ignored)
        mark("""
            address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form \
            header hgroup hr main menu nav ol p pre listing section summary table ul h1 h2 h3 h4 h5 h6 li dd dt xmp plaintext
            """, .closesParagraph)
        mark("""
            applet area article aside base basefont bgsound blockquote body br button caption center col \
            colgroup dd details dir dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 \
            head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed \
            noframes noscript object ol param plaintext pre script search section select source style summary table \
            tbody td template textarea tfoot th thead title tr track ul wbr xmp
            """, .special)
        mark("applet caption html marquee object table td th template button", .scope)
        mark(SanitizerPolicy.blockElements.joined(separator: " "), .block)
        var groups: [String: HTMLTag.Group] = [:]
        for (names, group) in [
            ("p", HTMLTag.Group.paragraph), ("h1 h2 h3 h4 h5 h6", .heading), ("li", .listItem), ("dd dt", .definition),
            ("td th", .cell), ("tr", .row), ("tbody thead tfoot", .rowGroup), ("table", .table), ("a", .link),
            ("br", .lineBreak),
        ] {
            for name in names.split(separator: " ") { groups[String(name)] = group }
        }

        var attributes: [SanitizerPolicy.Attribute] = []
        func compile(_ rules: [String: SanitizerPolicy.AttributeKind]) -> Range<Int> {
            let start = attributes.count
            for (name, kind) in rules.sorted(by: { $0.key < $1.key }) {
                attributes.append(SanitizerPolicy.Attribute(key: Array(name.utf8).withUnsafeBufferPointer { $0.packedName }, kind: kind))
            }
            return start..<attributes.count
        }
        globalAttributes = compile(SanitizerPolicy.globalAttributes)
        let names = Set(flags.keys).union(groups.keys).union(SanitizerPolicy.rules.keys).sorted()
        tags = .allocate(capacity: names.count)
        slots = .allocate(capacity: 256)
        slots.initialize(repeating: -1)
        for (index, name) in names.enumerated() {
            let key = HTMLTagKeyBuilder.key(name)
            var slot = Self.slot(key)
            while slots[slot] >= 0 { slot = (slot + 1) & 255 }
            slots[slot] = Int16(index)
            let element = SanitizerPolicy.rules[name].map { rule in
                SanitizerPolicy.Element(kind: rule.kind, role: rule.role, attributes: compile(rule.attributes))
            }
            tags.initializeElement(at: index, to: HTMLTag(key: key, flags: flags[name] ?? [], group: groups[name] ?? .none, element: element))
        }
        self.attributes = .allocate(capacity: attributes.count)
        _ = self.attributes.initialize(from: attributes)
    }

    deinit {
        tags.deinitialize().deallocate()
        slots.deallocate()
        attributes.deinitialize().deallocate()
    }
}
