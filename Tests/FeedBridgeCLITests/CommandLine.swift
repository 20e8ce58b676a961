import Foundation

/// Runs the built `feedbridge` executable as a user would, and captures what it prints.
struct FeedBridgeRun {
    let status: Int32
    let standardOutput: String
    let standardError: String

    /// The `feedbridge` binary beside the test bundle (SwiftPM builds it for this target).
    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return testBinary.deletingLastPathComponent().appendingPathComponent("feedbridge")
    }()

    /// Runs `feedbridge arguments…`, feeding `input` on standard input.
    static func run(_ arguments: [String], input: Data? = nil) throws -> FeedBridgeRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return FeedBridgeRun(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self)
        )
    }
}

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
