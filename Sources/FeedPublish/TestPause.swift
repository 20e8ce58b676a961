import Foundation

/// A hook for crash tests: with `FEEDBRIDGE_TEST_PAUSE=<point>` in the environment, the
/// publisher stops at that point of a publish, writes its process id to the file named by
/// `FEEDBRIDGE_TEST_PAUSE_MARKER` and waits (two minutes at most) for the test to kill
/// it there. Without the variables, a point costs one environment lookup.
enum TestPause: String {
    /// Every changed file is staged and flushed to disk; none is renamed yet.
    case beforeRename = "publish-before-rename"
    /// The first staged file is renamed over the old one; the others are not yet.
    case midRename = "publish-mid-rename"

    /// How long a paused publish waits before it goes on.
    static let limit: TimeInterval = 120

    /// Pauses here when the environment asks for this point.
    func here() {
        let environment = ProcessInfo.processInfo.environment
        guard environment["FEEDBRIDGE_TEST_PAUSE"] == rawValue else { return }
        if let marker = environment["FEEDBRIDGE_TEST_PAUSE_MARKER"] {
            _ = FileManager.default.createFile(atPath: marker, contents: Data("\(getpid())\n".utf8))
        }
        Thread.sleep(forTimeInterval: Self.limit)
    }
}
