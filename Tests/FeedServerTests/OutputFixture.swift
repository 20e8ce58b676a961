import FeedModel
import FeedServer
import Foundation
import Gzip
import Hummingbird
import HummingbirdTesting

/// A temporary output folder as the publisher leaves it (files renamed into place, each
/// with its `.gz` sibling), and the application serving it.
final class OutputFixture: @unchecked Sendable {  // written before the app runs, then read only
    let folder: URL
    let feed = Array("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Hà Nội</title></feed>\n".utf8)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("feedserver-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("units"), withIntermediateDirectories: true)
        try publish("feed.atom", feed)
        try publish("index.html", Array("<!DOCTYPE html><html lang=\"vi\"><title>Tin tức</title></html>\n".utf8))
        try publish("units/ba-dinh.atom", Array("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>\n".utf8))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes `bytes` and their gzip sibling as the publisher does: beside, then renamed.
    func publish(_ path: String, _ bytes: [UInt8], gzip: Bool = true) throws {
        try write(path, bytes)
        if gzip { try write(path + ".gz", GzipCompressor.gzip(bytes)) }
    }

    /// Writes a file by renaming a temporary one over it (a new inode, like a publish).
    func write(_ path: String, _ bytes: [UInt8]) throws {
        let target = folder.appendingPathComponent(path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".tmp-\(UUID().uuidString)")
        try Data(bytes).write(to: temporary)
        guard rename(temporary.path, target.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// The application on this folder.
    func application(cors: AllowedOrigins? = nil, maxAge: Int = 60) -> some ApplicationProtocol {
        buildApplication(ServerSettings(
            directory: folder.path, listen: ListenAddress(host: "127.0.0.1", port: 0), cors: cors, cacheMaxAge: maxAge
        ))
    }
}
