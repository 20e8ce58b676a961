import Foundation
import Synchronization

/// A process left running while a test talks to it: its standard output is collected
/// on a thread of its own, and the test waits for the lines it expects.
public final class BackgroundProcess: Sendable {
    private let process = Process()
    private let output = Mutex("")

    /// Starts `executable arguments…` with proxies cleared from the environment.
    public init(_ executable: URL, _ arguments: [String]) throws {
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"] { environment[name] = nil }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let handle = pipe.fileHandleForReading
        Thread { [weak self] in
            while true {
                let data = handle.availableData
                if data.isEmpty { return }
                guard let self else { return }
                self.output.withLock { $0 += String(decoding: data, as: UTF8.self) }
            }
        }.start()
    }

    /// Everything the process printed so far.
    public var printed: String { output.withLock { $0 } }

    /// Waits until the output has a line matching `pattern` (a regular expression) and
    /// returns that line, or nil after `timeout`.
    public func waitForLine(matching pattern: String, timeout: Duration = .seconds(60)) async -> String? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let line = printed.split(separator: "\n").last(where: { $0.range(of: pattern, options: .regularExpression) != nil }) {
                return String(line)
            }
            if !process.isRunning { return nil }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return nil
    }

    /// Sends a signal (SIGHUP to reload, SIGTERM to stop).
    public func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Stops the process and waits for it.
    public func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    deinit { stop() }
}
