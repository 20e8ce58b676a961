import WebText

extension SanitizingWriter {
    /// Writes `<name attributes>` with the allowed attributes, URLs resolved.
    /// - Returns: false when the element must not appear: a link whose `href` was
    ///   refused, an image without a usable source, a tracking pixel.
    mutating func writeStartTag(_ tag: HTMLTag, _ element: SanitizerPolicy.Element, attributes: HTMLAttributes) -> Bool {
        output.append(UInt8(ascii: "<"))
        tag.appendName(to: &output)
        var hasURL = false
        var width: Int?, height: Int?
        attributes.forEach { name, value in
            let key = name.packedName
            guard let kind = table.attribute(key, of: element) else { return }
            switch kind {
            case .text:
                writeAttribute(name, value)
            case .boolean:
                writeAttribute(name, UnsafeBufferPointer(start: nil, count: 0))
            case .keyword(let keywords):
                let keyword = String(decoding: value, as: UTF8.self).lowercased()
                if keywords.allowed.contains(keyword) { writeAttribute(name, keyword) }
            case .number:
                guard let number = Self.number(value) else { return }
                writeAttribute(name, number.text)
                if key == Self.widthKey { width = number.value } else if key == Self.heightKey { height = number.value }
            case .url(let use):
                guard resolve(value, for: use) else { return }
                urls.resolved.withUnsafeBufferPointer { writeAttribute(name, $0) }
                hasURL = true
            case .srcset:
                guard let srcset = resolveSrcset(value) else { return }
                writeAttribute(name, srcset)
                hasURL = true
            }
        }
        switch element.role {
        case .link:
            guard hasURL else { return false }
            output.append(#" rel="noopener noreferrer""#)
        case .image:
            let isPixel = (width ?? 2) <= 1 && (height ?? 2) <= 1
            guard hasURL, !isPixel else { return false }
        case .plain, .media:
            break
        }
        output.append(UInt8(ascii: ">"))
        return true
    }

    /// `width` and `height`, packed (see `packedName`).
    private static var widthKey: UInt64 { 0x68_74_64_69_77 }
    private static var heightKey: UInt64 { 0x74_68_67_69_65_68 }

    private mutating func writeAttribute(_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) {
        output.append(UInt8(ascii: " "))
        output.append(contentsOf: name)
        output.append(#"=""#)
        MarkupEscaper.htmlAttribute.append(value, to: &output)
        output.append(UInt8(ascii: "\""))
    }

    private mutating func writeAttribute(_ name: UnsafeBufferPointer<UInt8>, _ value: String) {
        var value = value
        value.withUTF8 { writeAttribute(name, $0) }
    }

    /// Resolves `value` into `urls.resolved`; false when its scheme does not fit `use`.
    private mutating func resolve(_ value: UnsafeBufferPointer<UInt8>, for use: SanitizerPolicy.URLUse) -> Bool {
        guard let scheme = urls.resolve(value, against: base, allowData: use == .image) else { return false }
        switch use {
        case .link: return true
        case .web: return scheme.isWeb
        case .image: return scheme.isWeb || SanitizerPolicy.isDataImage(urls.resolved)
        }
    }

    /// The leading digits of `value` (with a `%` right after them), and their value.
    private static func number(_ value: UnsafeBufferPointer<UInt8>) -> (text: String, value: Int)? {
        var index = 0
        while index < value.count, value[index] <= 0x20 { index += 1 }
        let start = index
        while index < value.count, index - start < 9, value[index] >= UInt8(ascii: "0"), value[index] <= UInt8(ascii: "9") { index += 1 }
        guard index > start, let number = Int(String(decoding: value[start..<index], as: UTF8.self)) else { return nil }
        if index < value.count, value[index] == UInt8(ascii: "%") { index += 1 }
        return (String(decoding: value[start..<index], as: UTF8.self), number)
    }
}
