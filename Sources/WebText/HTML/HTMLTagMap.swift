/// A fixed map from element names (as `HTMLTagKey`s) to values, built once and read
/// without hashing a string or counting references: open addressing over 256 slots.
/// Owns its two buffers and frees them in `deinit`.
package final class HTMLTagMap<Value: Sendable>: @unchecked Sendable {  // @unchecked: its buffers are written in init only, then read
    /// Each slot's key; 0 (which no name packs to) for an empty slot.
    @usableFromInline let keys: UnsafeMutableBufferPointer<HTMLTagKey>
    @usableFromInline let values: UnsafeMutableBufferPointer<Value?>

    /// The map of `entries` (fewer than 256; a repeated name keeps its first value).
    package init(_ entries: [(name: String, value: Value)]) {
        precondition(entries.count < 256, "HTMLTagMap holds fewer than 256 names")
        keys = .allocate(capacity: 256)
        keys.initialize(repeating: 0)
        values = .allocate(capacity: 256)
        values.initialize(repeating: nil)
        for (name, value) in entries {
            let key = HTMLTagKeyBuilder.key(name)
            var slot = Self.slot(key)
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & 255 }
            guard keys[slot] == 0 else { continue }
            keys[slot] = key
            values[slot] = value
        }
    }

    deinit {
        keys.deallocate()
        values.deinitialize().deallocate()
    }

    /// The value of the element named by `key`, or nil.
    @inlinable @inline(__always)
    package subscript(key: HTMLTagKey) -> Value? {
        var slot = Self.slot(key)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & 255
        }
    }

    /// The first slot to probe for `key`.
    @inlinable @inline(__always)
    static func slot(_ key: HTMLTagKey) -> Int {
        Int(truncatingIfNeeded: key.mixed >> 56)
    }
}

extension HTMLTagKey {
    /// The key's two halves mixed into 64 bits whose top bits spread names apart.
    @inlinable @inline(__always)
    package var mixed: UInt64 {
        (UInt64(truncatingIfNeeded: self) ^ UInt64(truncatingIfNeeded: self >> 64)) &* 0x9E37_79B9_7F4A_7C15
    }
}
