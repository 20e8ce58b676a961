/// The schemes a resolved URL may have; every other scheme is refused.
package enum URLScheme: Sendable, Equatable {
    case http, https, ftp, mailto, tel, magnet, data

    /// Schemes with an authority and a path, against which relative references resolve
    /// and whose `\` means `/` (as browsers read them).
    package var isHierarchical: Bool {
        switch self {
        case .http, .https, .ftp: true
        case .mailto, .tel, .magnet, .data: false
        }
    }

    /// Schemes a browser fetches media from (images, audio, video).
    package var isWeb: Bool { self == .http || self == .https }

    /// The scheme spelled by `name` (lowercase ASCII), or nil when it is not allowed.
    package init?(lowercased name: ArraySlice<UInt8>) {
        switch String(decoding: name, as: UTF8.self) {
        case "http": self = .http
        case "https": self = .https
        case "ftp": self = .ftp
        case "mailto": self = .mailto
        case "tel": self = .tel
        case "magnet": self = .magnet
        case "data": self = .data
        default: return nil
        }
    }
}
