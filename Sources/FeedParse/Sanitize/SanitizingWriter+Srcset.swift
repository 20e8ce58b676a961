import WebText

extension SanitizingWriter {
    /// The candidates of a `srcset` (`url [descriptor], ...`) whose URL resolves to http(s)
    /// and whose descriptor is a width (`640w`) or a density (`1.5x`), re-joined with
    /// `", "`; nil when none is left.
    mutating func resolveSrcset(_ value: UnsafeBufferPointer<UInt8>) -> String? {
        var candidates: [String] = []
        var index = 0
        let comma = UInt8(ascii: ",")
        while index < value.count {
            while index < value.count, value[index] <= 0x20 || value[index] == comma { index += 1 }
            let urlStart = index
            while index < value.count, value[index] > 0x20 { index += 1 }
            var urlEnd = index
            var descriptor = ""
            if urlEnd > urlStart, value[urlEnd - 1] == comma {
                while urlEnd > urlStart, value[urlEnd - 1] == comma { urlEnd -= 1 }
            } else {
                let descriptorStart = index
                while index < value.count, value[index] != comma { index += 1 }
                descriptor = String(decoding: value[descriptorStart..<index], as: UTF8.self)
                    .trimmingASCIIWhitespace()
            }
            guard urlEnd > urlStart, Self.isValidDescriptor(descriptor),
                  let scheme = urls.resolve(UnsafeBufferPointer(rebasing: value[urlStart..<urlEnd]), against: base, allowData: false),
                  scheme.isWeb else { continue }
            let url = String(decoding: urls.resolved, as: UTF8.self)
            candidates.append(descriptor.isEmpty ? url : url + " " + descriptor)
        }
        return candidates.isEmpty ? nil : candidates.joined(separator: ", ")
    }

    /// Empty, or digits (with one `.` for a density) followed by `w` or `x`.
    private static func isValidDescriptor(_ descriptor: String) -> Bool {
        guard let unit = descriptor.utf8.last else { return true }
        let number = descriptor.utf8.dropLast()
        return (unit == UInt8(ascii: "w") || unit == UInt8(ascii: "x")) && !number.isEmpty
            && number.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }
            && number.filter { $0 == UInt8(ascii: ".") }.count <= (unit == UInt8(ascii: "x") ? 1 : 0)
    }
}

extension String {
    func trimmingASCIIWhitespace() -> String {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { $0 > 0x20 }), let last = bytes.lastIndex(where: { $0 > 0x20 }) else { return "" }
        return String(self[first...last])
    }
}
