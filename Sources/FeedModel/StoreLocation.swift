import Foundation

/// Where the store keeps its data (`store:`).
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite file, `sqlite:PATH`: a relative path is relative to the folder of
    /// feeds.yaml (see ``resolved(relativeTo:)``); `sqlite:///var/lib/x.sqlite` and
    /// `sqlite:/var/lib/x.sqlite` are both absolute.
    case sqlite(path: String)

    /// Reads a `store:` value; nil for another scheme or an empty path.
    public init?(_ text: String) {
        let scheme = "sqlite:"
        guard text.hasPrefix(scheme) else { return nil }
        var path = String(text.dropFirst(scheme.count))
        if path.hasPrefix("///") { path.removeFirst(2) }
        guard !path.isEmpty, path != "/" else { return nil }
        self = .sqlite(path: path)
    }

    /// The same location with a relative file path resolved against `directory` (the
    /// folder of feeds.yaml) and made standard (`..` removed).
    public func resolved(relativeTo directory: URL) -> StoreLocation {
        switch self {
        case .sqlite(let path): .sqlite(path: directory.resolvingConfigPath(path).path)
        }
    }

    /// The value as written in feeds.yaml, e.g. `sqlite:state/feedbridge.sqlite`.
    public var description: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path)"
        }
    }

    /// `sqlite:state/feedbridge.sqlite`.
    public static let `default` = StoreLocation.sqlite(path: "state/feedbridge.sqlite")
}
