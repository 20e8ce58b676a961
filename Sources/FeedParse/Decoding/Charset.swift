import Foundation

/// A character set the decoder knows how to turn into UTF-8.
enum Charset: Equatable {
    case utf8
    case utf16(bigEndian: Bool)
    case utf32(bigEndian: Bool)
    /// windows-1252 (also ISO-8859-1 and US-ASCII), windows-1258 or TCVN3, through a table.
    case singleByte(SingleByteTable)
    /// Any other charset glibc's `iconv` may know, by its lowercased label.
    case other(String)

    /// The lowercased canonical name, as `CharsetDecoder.charset` reports it.
    var name: String {
        switch self {
        case .utf8: "utf-8"
        case .utf16(let bigEndian): bigEndian ? "utf-16be" : "utf-16le"
        case .utf32(let bigEndian): bigEndian ? "utf-32be" : "utf-32le"
        case .singleByte(let table): table.name
        case .other(let label): label
        }
    }

    /// True for charsets whose ASCII bytes stand for ASCII characters (all but UTF-16/32).
    var isASCIICompatible: Bool {
        switch self {
        case .utf16, .utf32: false
        default: true
        }
    }

    /// The charset a label names (`charset=` of a Content-Type, `encoding=` of an XML
    /// declaration, `<meta charset>`), or nil when the label cannot be a charset name.
    ///
    /// ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do. A label this
    /// type does not list becomes `.other`, for `iconv`; "utf-16" without endianness is
    /// big-endian, to be overridden by the bytes themselves.
    init?(label: String) {
        let trimmed = label.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n\"'")).lowercased()
        switch trimmed {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8":
            self = .utf8
        case "utf-16", "utf16", "utf-16be", "unicode", "ucs-2", "iso-10646-ucs-2", "csunicode", "unicodefffe":
            self = .utf16(bigEndian: true)
        case "utf-16le", "unicodefeff":
            self = .utf16(bigEndian: false)
        case "utf-32", "utf32", "utf-32be", "ucs-4", "iso-10646-ucs-4":
            self = .utf32(bigEndian: true)
        case "utf-32le":
            self = .utf32(bigEndian: false)
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso_8859-1:1987",
             "latin1", "latin-1", "l1", "iso-ir-100", "ibm819", "cp819", "csisolatin1",
             "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us", "cp367", "csascii":
            self = .singleByte(.windows1252)
        case "windows-1258", "cp1258", "x-cp1258":
            self = .singleByte(.windows1258)
        case "tcvn3", "tcvn-3", "x-viet-tcvn3", "vn3", "tcvn5712-3":
            self = .singleByte(.tcvn3)
        default:
            let allowed = trimmed.utf8.allSatisfy { byte in
                (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || "-_.:+".utf8.contains(byte)
            }
            guard allowed, (1...40).contains(trimmed.utf8.count) else { return nil }
            self = .other(trimmed)
        }
    }
}
