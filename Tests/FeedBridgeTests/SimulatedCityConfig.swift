import FeedConfig
import Foundation

/// Small configurations written for one test.
enum SimulatedCityConfig {
    /// One source with the given interval, read through the real loader.
    static func source(interval: String) throws -> Source? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feedbridge-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("feeds.yaml").path
        try """
            city: {title: Hà Nội, link: "https://hanoi.gov.vn/"}
            sources:
              - {id: hanoi, url: "https://hanoi.gov.vn/rss", interval: \(interval)}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return try ConfigLoader.load(path: path).sources.first
    }
}
