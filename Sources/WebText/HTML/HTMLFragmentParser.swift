/// Streams an HTML fragment (UTF-8) through `HTMLTokenizer` into a sink, keeping the
/// stack of open elements as a browser would in a `<body>`, in simplified form: a
/// block start tag closes an open `<p>`, `<li>` closes the open `<li>` (`<dd>`/`<dt>`,
/// table cells, rows and row groups alike), `<a>` closes an open `<a>`, an end tag closes
/// everything opened after its element (or is ignored when that element is not open in
/// scope), and the end of the input closes everything. `<html>`, `<head>`, `<body>` are
/// ignored; elements past `maxDepth` levels are ignored (their text is kept).
///
/// Generic over its sink and inlinable, so that each stage's sink (the sanitizer's
/// writer in `FeedParse`, plain text here) gets a parser specialized for it.
package struct HTMLFragmentParser<Sink: HTMLEventSink> {
    @usableFromInline struct OpenElement {
        @usableFromInline let key: HTMLTagKey
        @usableFromInline let tag: HTMLTag

        @inlinable init(key: HTMLTagKey, tag: HTMLTag) {
            self.key = key
            self.tag = tag
        }
    }

    @inlinable static var maxDepth: Int { 256 }

    /// The sink, with every event of the fragment once `parse` returns.
    package private(set) var sink: Sink
    @usableFromInline var open: [OpenElement] = []
    /// How many open elements fall in each of 64 buckets of `HTMLTagKey`: an end tag whose
    /// bucket is empty closes nothing, found without searching.
    @usableFromInline var openCounts = [UInt16](repeating: 0, count: 64)

    @inlinable package init(sink: Sink) {
        self.sink = sink
        open.reserveCapacity(32)
    }

    /// Parses the whole fragment `html`; the sink has every event when this returns.
    @inlinable package mutating func parse(_ html: UnsafeBufferPointer<UInt8>) {
        var tokenizer = HTMLTokenizer(html)
        while true {
            switch tokenizer.next() {
            case .text(let range):
                sink.text(UnsafeBufferPointer(rebasing: html[range]))
            case .character(let scalar):
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buffer in
                    var count = 0
                    for unit in scalar.utf8 {
                        buffer[count] = unit
                        count += 1
                    }
                    sink.text(UnsafeBufferPointer(rebasing: buffer[..<count]))
                }
            case .startTag(let tag, let key):
                start(tag, key, attributes: tokenizer.attributes)
            case .endTag(let tag, let key):
                if tag.group == .lineBreak {
                    start(tag, key, attributes: tokenizer.attributes)
                } else {
                    end(tag, key)
                }
            case .end:
                close(downTo: 0)
                return
            }
        }
    }

    @inlinable mutating func start(_ tag: HTMLTag, _ key: HTMLTagKey, attributes: HTMLAttributes) {
        let flags = tag.flags
        if flags.contains(.ignored) { return }
        if flags.contains(.closesParagraph) { closeInScope(.paragraph) { $0.flags.contains(.scope) } }
        switch tag.group {
        case .heading:
            if open.last?.tag.group == .heading { close(downTo: open.count - 1) }
        case .listItem, .definition:
            closeInScope(tag.group) { $0.flags.contains(.special) }
        case .cell, .row, .rowGroup:
            closeInScope(tag.group) { $0.group == .table }
        case .link:
            closeInScope(.link) { $0.flags.contains(.scope) }
        case .none, .paragraph, .table, .lineBreak:
            break
        }
        if flags.contains(.void) {
            sink.start(tag, attributes: attributes)
            sink.end()
            return
        }
        guard open.count < Self.maxDepth else { return }
        open.append(OpenElement(key: key, tag: tag))
        openCounts[Self.bucket(key)] += 1
        sink.start(tag, attributes: attributes)
    }

    @inlinable mutating func end(_ tag: HTMLTag, _ key: HTMLTagKey) {
        guard !tag.flags.contains(.ignored), openCounts[Self.bucket(key)] > 0 else { return }
        let inTable = tag.group == .cell || tag.group == .row || tag.group == .rowGroup || tag.group == .table
        for index in open.indices.reversed() {
            let element = open[index]
            if element.key == key {
                close(downTo: index)
                return
            }
            if inTable ? element.tag.group == .table : element.tag.flags.contains(.scope) { return }
        }
    }

    /// Closes the innermost open element of `group` and those opened after it, unless an
    /// element for which `isBoundary` holds comes first.
    @inlinable mutating func closeInScope(_ group: HTMLTag.Group, until isBoundary: (HTMLTag) -> Bool) {
        for index in open.indices.reversed() {
            let tag = open[index].tag
            if tag.group == group {
                close(downTo: index)
                return
            }
            if isBoundary(tag) { return }
        }
    }

    /// Closes the open elements from the innermost down to the one at `index`.
    @inlinable mutating func close(downTo index: Int) {
        while open.count > index {
            let element = open.removeLast()
            openCounts[Self.bucket(element.key)] -= 1
            sink.end()
        }
    }

    @inlinable static func bucket(_ key: HTMLTagKey) -> Int {
        Int(truncatingIfNeeded: key.mixed >> 58)
    }
}
