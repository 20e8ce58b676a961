extension URLWorkspace {
    /// What `clean` found.
    enum Cleaned {
        /// Empty, or a scheme that is not allowed.
        case refused
        /// No scheme: resolve against the base.
        case relative
        /// An allowed scheme; `prefix` counts the bytes of `scheme:`.
        case absolute(URLScheme, prefix: Int)
    }

    /// Fills `cleaned` from `raw`: trimmed of whitespace, C0 controls and no-break spaces,
    /// tabs and newlines removed, scheme lowercased, `\` read as `/` before the query of a
    /// hierarchical or relative reference, and every byte not allowed in a URI
    /// percent-encoded (a `%` that starts no escape becomes `%25`).
    mutating func clean(_ raw: UnsafeBufferPointer<UInt8>) -> Cleaned {
        cleaned.removeAll(keepingCapacity: true)
        var low = 0, high = raw.count
        while low < high {
            if raw[low] <= 0x20 { low += 1 } else if raw[low] == 0xC2, low + 1 < high, raw[low + 1] == 0xA0 { low += 2 } else { break }
        }
        while low < high {
            if raw[high - 1] <= 0x20 { high -= 1 } else if raw[high - 1] == 0xA0, high - 2 >= low, raw[high - 2] == 0xC2 { high -= 2 } else { break }
        }
        var index = low
        var scheme: URLScheme?
        while index < high {
            let byte = raw[index]
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1; continue }
            if byte == UInt8(ascii: ":"), !cleaned.isEmpty {
                guard let known = URLScheme(lowercased: cleaned[...]) else { return .refused }
                scheme = known
                cleaned.append(byte)
                index += 1
                break
            }
            guard URIParts.isSchemeByte(byte, first: cleaned.isEmpty) else { break }
            cleaned.append(byte | 0x20)
            index += 1
        }
        if scheme == nil {
            cleaned.removeAll(keepingCapacity: true)
            index = low
        }
        let prefix = cleaned.count
        appendEncoded(raw[index..<high], slashBackslashes: scheme?.isHierarchical ?? true)
        guard let scheme else { return cleaned.isEmpty ? .refused : .relative }
        return .absolute(scheme, prefix: prefix)
    }

    /// Appends `bytes` to `cleaned`, percent-encoded, without tabs and newlines.
    private mutating func appendEncoded(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, slashBackslashes: Bool) {
        var inPath = slashBackslashes
        var inFragment = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let run = index
            while index < bytes.endIndex, bytes[index].isPlainURIByte { index += 1 }
            if index > run { cleaned.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index])) }
            guard index < bytes.endIndex else { break }
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x09, 0x0A, 0x0D:
                continue
            case UInt8(ascii: "%"):
                let isEscape = index + 1 < bytes.endIndex && PercentEncoding.hexValue(bytes[index]) != nil
                    && PercentEncoding.hexValue(bytes[index + 1]) != nil
                if isEscape { cleaned.append(byte) } else { PercentEncoding.appendEscape(byte, to: &cleaned) }
            case UInt8(ascii: "\\") where inPath:
                cleaned.append(UInt8(ascii: "/"))
            case UInt8(ascii: "?"):
                inPath = false
                cleaned.append(byte)
            case UInt8(ascii: "#"):
                if inFragment { PercentEncoding.appendEscape(byte, to: &cleaned) } else { cleaned.append(byte) }
                inPath = false
                inFragment = true
            default:
                if byte.isAllowedInURI { cleaned.append(byte) } else { PercentEncoding.appendEscape(byte, to: &cleaned) }
            }
        }
    }
}

extension UInt8 {
    /// A byte copied as it is, wherever it is: allowed in a URI and none of `%` `?` `#`.
    @inline(__always)
    var isPlainURIByte: Bool {
        // Bits of 0x21...0x7E but for `"` `#` `%` `<` `>` `?` `\` `^` `` ` `` `{` `|` `}`.
        self < 64 ? (0x2FFF_FFD2_0000_0000 as UInt64) >> UInt64(self) & 1 != 0
            : self < 128 && (0x47FF_FFFE_AFFF_FFFF as UInt64) >> UInt64(self - 64) & 1 != 0
    }

    /// Printable ASCII other than the characters RFC 3986 never allows: `"` `<` `>` `\` `^` `` ` `` `{` `|` `}`.
    var isAllowedInURI: Bool {
        switch self {
        case 0x21...0x7E:
            self != UInt8(ascii: "\"") && self != UInt8(ascii: "<") && self != UInt8(ascii: ">") && self != UInt8(ascii: "\\")
                && self != UInt8(ascii: "^") && self != UInt8(ascii: "`") && self != UInt8(ascii: "{")
                && self != UInt8(ascii: "|") && self != UInt8(ascii: "}")
        default:
            false
        }
    }
}
