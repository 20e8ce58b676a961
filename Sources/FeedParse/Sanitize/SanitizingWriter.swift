import WebText

/// The sink that writes the sanitized fragment as events arrive: allowed elements with
/// their allowed attributes, escaped text, nothing from dropped subtrees.
struct SanitizingWriter: HTMLEventSink {
    /// What closing an open element does.
    private enum Entry {
        /// Write the end tag of the element named by this key.
        case close(HTMLTagKey)
        /// Nothing was written for the start tag, nothing to write now.
        case nothing
        /// The element's subtree was being dropped.
        case drop
    }

    /// The fragment written so far.
    var output: [UInt8]
    /// Whether the fragment shows something: text other than whitespace, an image, media.
    private(set) var hasContent = false
    private var open: [Entry] = []
    /// Open elements whose content is dropped; nothing is written while above zero.
    private var dropDepth = 0
    let base: BaseURL?
    var urls = URLWorkspace()
    let table = SanitizerTable.shared

    init(base: BaseURL?, capacity: Int) {
        self.base = base
        output = []
        output.reserveCapacity(capacity)
    }

    mutating func start(_ tag: HTMLTag, attributes: HTMLAttributes) {
        guard dropDepth == 0, let element = table.element(tag.key) else {
            open.append(.nothing)
            return
        }
        switch element.kind {
        case .drop:
            dropDepth += 1
            open.append(.drop)
        case .unwrap:
            open.append(.nothing)
        case .keep, .void:
            let mark = output.count
            guard writeStartTag(tag, element, attributes: attributes) else {
                output.removeSubrange(mark...)
                open.append(.nothing)
                return
            }
            if element.role == .image || element.role == .media { hasContent = true }
            open.append(element.kind == .keep ? .close(tag.key) : .nothing)
        }
    }

    mutating func end() {
        switch open.popLast() {
        case .close(let key):
            output.append("</")
            HTMLTag(key: key).appendName(to: &output)
            output.append(UInt8(ascii: ">"))
        case .drop:
            dropDepth -= 1
        case .nothing, nil:
            break
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard dropDepth == 0 else { return }
        if !hasContent { hasContent = bytes.hasVisibleCharacter }
        MarkupEscaper.htmlText.append(bytes, to: &output)
    }
}
