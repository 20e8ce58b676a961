import CLibXML2

/// HTML's named character references, taken once from libxml2's table (HTML 4's 253
/// names) with a few of HTML 5's added, and found by name without hashing a string.
final class HTMLEntityTable: Sendable {
    struct Entity: Sendable {
        /// The name's bytes, packed (see `packedName`).
        let key: UInt64
        let scalar: Unicode.Scalar
        /// Whether HTML also reads the name without its semicolon (`&amp`, `&eacute`).
        let isLegacy: Bool
    }

    static let shared = HTMLEntityTable()
    /// The longest name that HTML reads without its semicolon (`frac12`, `middot`...).
    static let longestLegacyName = 6

    /// 1024 slots, each an index into `entities` or -1.
    private let slots: [Int16]
    private let entities: [Entity]

    /// The entity named `name` (case-sensitive), or nil.
    func entity(_ name: UnsafeBufferPointer<UInt8>) -> Entity? {
        let key = name.packedName
        guard key != 0 else { return nil }
        var slot = Self.slot(key)
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if entities[index].key == key { return entities[index] }
            slot = (slot + 1) & 1023
        }
    }

    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 54)
    }

    private init() {
        var named: [(String, UInt32)] = [
            ("Tab", 0x09), ("NewLine", 0x0A), ("colon", 0x3A),
            ("AMP", 0x26), ("LT", 0x3C), ("GT", 0x3E), ("QUOT", 0x22), ("COPY", 0xA9), ("REG", 0xAE),
        ]
        // libxml2's table is sorted by value and ends at U+2666 (&diams;).
        for value: UInt32 in 0..<0x2800 {
            guard let description = htmlEntityValueLookup(value), description.pointee.value == value,
                  let name = description.pointee.name else { continue }
            named.append((String(cString: name), value))
        }
        let legacy: Set<String> = ["amp", "lt", "gt", "quot", "AMP", "LT", "GT", "QUOT", "COPY", "REG"]
        var slots = [Int16](repeating: -1, count: 1024)
        var entities: [Entity] = []
        for (name, value) in named {
            let key = Array(name.utf8).withUnsafeBufferPointer { $0.packedName }
            guard key != 0, let scalar = Unicode.Scalar(value) else { continue }
            var slot = Self.slot(key)
            while slots[slot] >= 0 { slot = (slot + 1) & 1023 }
            slots[slot] = Int16(entities.count)
            entities.append(Entity(key: key, scalar: scalar, isLegacy: (0xA0...0xFF).contains(value) || legacy.contains(name)))
        }
        self.slots = slots
        self.entities = entities
    }
}
