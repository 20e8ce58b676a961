import CLibXML2

/// The value of one XPath evaluation; owns the `xmlXPathObjectPtr` and frees it in
/// `deinit` (the nodes it lists belong to the document, not to the result).
final class XPathResult {
    private let object: xmlXPathObjectPtr

    init(_ object: xmlXPathObjectPtr) {
        self.object = object
    }

    deinit {
        xmlXPathFreeObject(object)
    }

    /// The nodes selected, in document order; empty for a string, number or boolean.
    var nodes: UnsafeBufferPointer<xmlNodePtr?> {
        guard object.pointee.type == XPATH_NODESET || object.pointee.type == XPATH_XSLT_TREE,
              let set = object.pointee.nodesetval, set.pointee.nodeNr > 0, let table = set.pointee.nodeTab
        else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: table, count: Int(set.pointee.nodeNr))
    }

    /// The first node selected.
    var firstNode: xmlNodePtr? {
        nodes.first ?? nil
    }

    /// The value of a string, number or boolean result, as XPath's `string()` writes it
    /// (`3`, `2.5`, `true`); nil for a node-set.
    var scalar: String? {
        switch object.pointee.type {
        case XPATH_STRING:
            return object.pointee.stringval.map { String(cString: $0) }
        case XPATH_NUMBER:
            let value = object.pointee.floatval
            if value.isNaN { return "NaN" }
            if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
            if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
            return String(value)
        case XPATH_BOOLEAN:
            return object.pointee.boolval != 0 ? "true" : "false"
        default:
            return nil
        }
    }
}
