extension SanitizingWriter {
    /// Writes `<name attributes>` with the allowed attributes, URLs resolved.
    /// - Returns: false when the element must not appear: a link whose `href` was
    ///   refused, an image without a usable source, a tracking pixel.
    func writeStartTag(_ element: SanitizerPolicy.Element, attributes: HTMLAttributes) -> Bool {
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: element.name)
        var hasURL = false
        var width: Int?, height: Int?
        attributes.forEach { name, value in
            guard let kind = element.attributes[name] ?? SanitizerPolicy.globalAttributes[name] else { return }
            switch kind {
            case .text:
                writeAttribute(name, value)
            case .boolean:
                writeAttribute(name, UnsafeBufferPointer(start: nil, count: 0))
            case .keyword(let allowed):
                let keyword = String(decoding: value, as: UTF8.self).lowercased()
                if allowed.contains(keyword) { writeAttribute(name, keyword) }
            case .number:
                guard let number = Self.number(value) else { return }
                writeAttribute(name, number.text)
                if name == "width" { width = number.value } else if name == "height" { height = number.value }
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

    private func writeAttribute(_ name: String, _ value: UnsafeBufferPointer<UInt8>) {
        output.append(UInt8(ascii: " "))
        output.append(contentsOf: name.utf8)
        output.append(#"=""#)
        output.appendEscaped(value, quotes: true)
        output.append(UInt8(ascii: "\""))
    }

    private func writeAttribute(_ name: String, _ value: String) {
        var value = value
        value.withUTF8 { writeAttribute(name, $0) }
    }

    /// Resolves `value` into `urls.resolved`; false when its scheme does not fit `use`.
    private func resolve(_ value: UnsafeBufferPointer<UInt8>, for use: SanitizerPolicy.URLUse) -> Bool {
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
