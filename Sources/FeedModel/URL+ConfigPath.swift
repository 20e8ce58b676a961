import Foundation

extension URL {
    /// A path from feeds.yaml as a standard file URL (`..` removed): an absolute `path`
    /// as written, a relative one inside this folder (the folder of feeds.yaml).
    public func resolvingConfigPath(_ path: String) -> URL {
        (path.hasPrefix("/") ? URL(fileURLWithPath: path) : appendingPathComponent(path)).standardizedFileURL
    }
}
