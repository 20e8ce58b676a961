import CLibXML2
import FeedModel
import WebText

/// Turns the SAX events of an RSS, RDF or Atom document into a `Feed`, item by item.
///
/// The handler keeps a stack of containers (channel, item, image, person, skipped
/// subtree) and captures the text of the leaf elements it knows into a `RawNode`.
/// Each finished item is translated at once (`FeedTranslator`), so memory holds the
/// translated items and one raw item, never the document.
final class FeedXMLHandler {
    /// Set when the root element shows the document is not a feed.
    private(set) var rejection: ParseError?
    /// The first well-formedness error, when the document needed recovery.
    private(set) var firstError: (message: String, line: Int, column: Int)?
    private(set) var sawRoot = false
    /// True when the document used an HTML entity it never declared (`&nbsp;`).
    var usedUndeclaredEntity = false

    /// True when the document was not well-formed and was recovered.
    var wasRecovered: Bool { firstError != nil || usedUndeclaredEntity }

    let translator: FeedTranslator
    private let limits: (items: Int, fieldBytes: Int, depth: Int)
    private var context: xmlParserCtxtPtr?

    private var depth = 0
    private var containers: [(kind: Container, depth: Int)] = [(.document, 0)]
    private var bases: [(depth: Int, base: String?)]
    private var capture: Capture?
    private var buffer: [UInt8] = []
    private var tags: [NamePair: FeedTag] = [:]
    private var needsWellFormedReset = false

    fileprivate enum Container { case document, channel, entry, image, person, skipped }

    private struct Capture {
        let tag: FeedTag
        let depth: Int
        let kind: TextKind
        let base: String?
        /// Depth of an XHTML wrapper `div` whose own tags are not part of the value.
        var wrapperDepth: Int?
    }

    private struct NamePair: Hashable {
        let localName: UnsafePointer<xmlChar>
        let uri: UnsafePointer<xmlChar>?
    }

    init(options: ParseOptions) {
        translator = FeedTranslator(options: options)
        limits = (options.maxItems, 4 << 20, 256)
        bases = [(0, options.baseURL)]
        buffer.reserveCapacity(16 << 10)
    }

    static func from(_ pointer: UnsafeMutableRawPointer) -> FeedXMLHandler {
        Unmanaged<FeedXMLHandler>.fromOpaque(pointer).takeUnretainedValue()
    }

    func attach(_ context: xmlParserCtxtPtr) { self.context = context }

    // MARK: SAX events

    func startElement(localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?, attributes: XMLAttributes) {
        restoreWellFormedness()
        depth += 1
        if depth > limits.depth { return stop(reason: "elements nested deeper than \(limits.depth)") }
        if attributes.count > 0, let base = attributes.value("base", prefix: "xml") {
            bases.append((depth, URLResolver.resolve(base, against: bases.last?.base) ?? bases.last?.base))
        }
        if var current = capture {
            if current.kind == .xhtml, current.wrapperDepth == nil, depth == current.depth + 1, bytesEqual(localName, "div") {
                current.wrapperDepth = depth
                capture = current
            } else {
                serializeStartTag(localName: localName, attributes: attributes)
            }
            return
        }
        let container = containers[containers.count - 1].kind
        if container == .skipped { return }
        let tag = tag(localName: localName, uri: uri)
        if !sawRoot { return startRoot(tag: tag, localName: localName, uri: uri, attributes: attributes) }

        switch (container, tag) {
        case (_, .channel), (.document, .atomFeed):
            containers.append((.channel, depth))
            if translator.format == .rss10, let uri, String(cString: uri) == Namespace.rss090 { translator.format = .rss09x }
            if let language = attributes.value("lang", prefix: "xml") {
                translator.channel.keepFirst(.language, RawText(value: language, kind: .text, base: nil))
            }
        case (.document, .item), (.channel, .item), (.channel, .atomEntry), (.document, .atomEntry):
            if translator.items.count >= limits.items { return stop(reason: "more than \(limits.items) items") }
            translator.entry.reset()
            containers.append((.entry, depth))
        case (.document, .image), (.channel, .image):
            containers.append((.image, depth))
        case (.channel, .atomAuthor), (.entry, .atomAuthor):
            translator.startPerson()
            containers.append((.person, depth))
        case (_, .atomSource), (_, .source), (_, .textinput), (_, .atomContributor), (.entry, .image):
            containers.append((.skipped, depth))
        case (.channel, .atomLink), (.entry, .atomLink):
            addLink(attributes, to: container)
        case (.entry, .enclosure), (.entry, .mediaContent), (.entry, .mediaThumbnail):
            addEnclosure(tag, attributes)
        case (.channel, .atomCategory), (.entry, .atomCategory):
            if container == .entry, let term = attributes.value("label") ?? attributes.value("term") {
                translator.entry.categories.append(term)
            }
        case (.channel, .itunesImage):
            if let href = attributes.value("href") { translator.image.url = translator.image.url ?? href }
        case (_, .unknown), (.document, _):
            break
        default:
            if tag == .guid, attributes.value("isPermaLink") == "false" { translator.entry.guidIsPermaLink = false }
            capture = Capture(tag: tag, depth: depth, kind: textKind(tag, attributes), base: bases[bases.count - 1].base)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    func endElement(localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?) {
        restoreWellFormedness()
        defer {
            if bases.count > 1, bases[bases.count - 1].depth == depth { bases.removeLast() }
            depth -= 1
        }
        if let current = capture {
            if depth == current.depth {
                finishCapture(current)
            } else if depth != current.wrapperDepth, !isVoidElement(localName) {
                buffer.append(contentsOf: "</".utf8)
                appendCString(localName)
                buffer.append(UInt8(ascii: ">"))
            }
            return
        }
        guard containers.count > 1, containers[containers.count - 1].depth == depth else { return }
        let finished = containers.removeLast().kind
        switch finished {
        case .entry: translator.finishEntry()
        case .person: translator.finishPerson(in: containers[containers.count - 1].kind == .entry)
        default: break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        restoreWellFormedness()
        guard let current = capture, buffer.count < limits.fieldBytes else { return }
        if current.kind == .xhtml {
            MarkupEscaper.htmlText.append(bytes, to: &buffer)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    func libxmlError(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        needsWellFormedReset = true
        if firstError == nil {
            let message = error.message.map { String(cString: $0) } ?? "XML error"
            firstError = (message.trimmingTrailingNewlines(), Int(error.line), Int(error.int2))
        }
    }

    /// Finishes an item left open by a truncated document.
    func finishDocument() {
        if let current = capture { finishCapture(current) }
        while containers.count > 1 {
            let open = containers.removeLast().kind
            if open == .entry { translator.finishEntry() }
        }
    }

    // MARK: Helpers

    /// libxml2 drops every entity reference after the first error (`wellFormed == 0`),
    /// even in recovery mode; the handler has recorded the error, so parsing goes on as if
    /// the document were well-formed.
    @inline(__always)
    private func restoreWellFormedness() {
        guard needsWellFormedReset, let context else { return }
        context.pointee.wellFormed = 1
        needsWellFormedReset = false
    }

    private func stop(reason: String) {
        if firstError == nil { firstError = (reason, Int(context.map { xmlSAX2GetLineNumber($0) } ?? 0), 0) }
        if let context { xmlStopParser(context) }
    }

    private func tag(localName: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?) -> FeedTag {
        let key = NamePair(localName: localName, uri: uri)
        if let known = tags[key] { return known }
        let tag = FeedTag(namespace: uri.map { String(cString: $0) }, localName: String(cString: localName))
        tags[key] = tag
        return tag
    }

    private func startRoot(tag: FeedTag, localName: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?, attributes: XMLAttributes) {
        sawRoot = true
        let namespace = uri.map { String(cString: $0) }
        switch tag {
        case .rss:
            let version = attributes.value("version")?.trimmingSpaces() ?? "2.0"
            translator.format = version.hasPrefix("0.") ? .rss09x : .rss20
        case .rdf:
            translator.format = .rss10
        case .atomFeed:
            translator.format = namespace == Namespace.atom03 || attributes.value("version") == "0.3" ? .atom03 : .atom10
            containers.append((.channel, depth))
            if let language = attributes.value("lang", prefix: "xml") {
                translator.channel.keepFirst(.language, RawText(value: language, kind: .text, base: nil))
            }
        case .channel:
            translator.format = .rss09x
            containers.append((.channel, depth))
        default:
            let name = String(cString: localName)
            rejection = .notAFeed(looksLike: name.lowercased() == "html" ? "HTML" : "an XML document with root <\(name)>")
            if let context { xmlStopParser(context) }
        }
    }

    private func textKind(_ tag: FeedTag, _ attributes: XMLAttributes) -> TextKind {
        switch tag {
        case .atomTitle, .atomSubtitle, .atomTagline, .atomRights, .atomCopyright, .atomSummary, .atomContent:
            if attributes.value("mode") == "base64" { return .base64 }
            if attributes.value("mode") == "xml" { return .xhtml }
            switch attributes.value("type")?.lowercased() {
            case "html", "text/html": return .html
            case "xhtml", "application/xhtml+xml": return .xhtml
            default: return attributes.value("mode") == "escaped" ? .html : .text
            }
        case .xhtmlBody:
            return .xhtml
        default:
            return .html
        }
    }

    private func finishCapture(_ current: Capture) {
        capture = nil
        let value = String(decoding: buffer, as: UTF8.self)
        translator.keep(current.tag, RawText(value: value, kind: current.kind, base: current.base),
                        in: containers[containers.count - 1].kind.translatorContainer)
    }

    private func addLink(_ attributes: XMLAttributes, to container: Container) {
        guard let href = attributes.value("href") else { return }
        let link = RawLink(
            href: href, rel: attributes.value("rel"), type: attributes.value("type"),
            length: attributes.value("length").flatMap { Int64($0.trimmingSpaces()) },
            base: bases[bases.count - 1].base
        )
        if container == .entry { translator.entry.links.append(link) } else { translator.channel.links.append(link) }
    }

    private func addEnclosure(_ tag: FeedTag, _ attributes: XMLAttributes) {
        guard let url = attributes.value("url") else { return }
        var type = attributes.value("type")
        if type == nil, tag == .mediaThumbnail || attributes.value("medium") == "image" { type = imageType(forURL: url) }
        let length = (attributes.value("length") ?? attributes.value("fileSize")).flatMap { Int64($0.trimmingSpaces()) }
        translator.entry.enclosures.append(RawLink(href: url, rel: "enclosure", type: type, length: length, base: bases[bases.count - 1].base))
    }

    // MARK: Markup inside a captured value

    private func serializeStartTag(localName: UnsafePointer<xmlChar>, attributes: XMLAttributes) {
        guard buffer.count < limits.fieldBytes else { return }
        buffer.append(UInt8(ascii: "<"))
        appendCString(localName)
        attributes.forEach { prefix, name, value in
            buffer.append(UInt8(ascii: " "))
            if let prefix {
                appendCString(prefix)
                buffer.append(UInt8(ascii: ":"))
            }
            appendCString(name)
            buffer.append(contentsOf: "=\"".utf8)
            MarkupEscaper.htmlAttribute.append(value, to: &buffer)
            buffer.append(UInt8(ascii: "\""))
        }
        buffer.append(UInt8(ascii: ">"))
    }

    private func appendCString(_ string: UnsafePointer<xmlChar>) {
        var pointer = string
        while pointer.pointee != 0 {
            buffer.append(pointer.pointee)
            pointer += 1
        }
    }

    /// Whether HTML reads `name` as a void element, written without an end tag (`</br>`
    /// would be a second line break).
    private func isVoidElement(_ name: UnsafePointer<xmlChar>) -> Bool {
        HTMLTagTable.tag(named: UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))).flags.contains(.void)
    }
}

private extension FeedXMLHandler.Container {
    var translatorContainer: FeedTranslator.Container {
        switch self {
        case .entry: .entry
        case .image: .image
        case .person: .person
        default: .channel
        }
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var view = Substring(self)
        while view.last == "\n" { view.removeLast() }
        return String(view)
    }
}
