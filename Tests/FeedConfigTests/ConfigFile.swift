import FeedConfig
import Foundation

/// A feeds.yaml written to its own temporary folder, loaded through `ConfigLoader.load(path:)`.
struct ConfigFile {
    let folder: URL
    let path: String

    init(_ yaml: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("feedconfig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("feeds.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Loads the file (and removes its folder).
    func load() throws(ConfigError) -> Configuration {
        defer { try? FileManager.default.removeItem(at: folder) }
        return try ConfigLoader.load(path: path)
    }

    /// The lines of the error the file gives, with the folder left out of the path
    /// (`feeds.yaml:3:5: …`), or an empty list when it loads.
    func errorLines() -> [String] {
        do {
            _ = try load()
            return []
        } catch {
            return error.description.replacingOccurrences(of: folder.path + "/", with: "")
                .split(separator: "\n").map(String.init)
        }
    }
}

/// The smallest valid file, to which tests add lines.
let minimalCity = """
    city:
      title: Hà Nội
      link: https://hanoi.gov.vn/

    """
