import Foundation

/// A file in a fresh temporary folder, removed when the value goes away.
final class ScratchFile {
    let path: String

    init(_ contents: String, name: String = "feed.xml") throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feedbridge-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent(name).path
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
    }

    var folder: String { (path as NSString).deletingLastPathComponent }

    deinit { try? FileManager.default.removeItem(atPath: folder) }
}
