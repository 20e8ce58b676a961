import CLibXML2
import WebText

/// An element or attribute name of at most eight bytes, packed into an integer (first
/// byte lowest), so that comparing a libxml2 node's name costs no string.
struct HTMLName: Equatable {
    let packed: UInt64

    init(_ name: StaticString) {
        packed = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount).packedName
    }

    /// The name libxml2 gives a node or attribute; 0 (no name) when longer than eight bytes.
    init(_ name: UnsafePointer<xmlChar>?) {
        var packed: UInt64 = 0
        if let name {
            var index = 0
            while name[index] != 0 {
                guard index < 8 else { packed = 0; break }
                packed |= UInt64(name[index]) << (8 * index)
                index += 1
            }
        }
        self.packed = packed
    }

    static let head = HTMLName("head")
    static let title = HTMLName("title")
    static let base = HTMLName("base")
    static let href = HTMLName("href")
    static let src = HTMLName("src")
    static let lang = HTMLName("lang")
    static let script = HTMLName("script")
    static let style = HTMLName("style")
    static let noscript = HTMLName("noscript")

    /// The first child element of `node` named `name`.
    static func firstChild(of node: xmlNodePtr, named name: HTMLName) -> xmlNodePtr? {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, HTMLName(current.pointee.name) == name { return current }
            child = current.pointee.next
        }
        return nil
    }
}
