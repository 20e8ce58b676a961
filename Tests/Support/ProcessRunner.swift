import Foundation

/// What a finished process printed and how it exited.
public struct ProcessOutput: Sendable {
    public let status: Int32
    /// Standard output as bytes.
    public let outputData: Data
    public let standardError: String

    /// Standard output as UTF-8 text.
    public var standardOutput: String { String(decoding: outputData, as: UTF8.self) }
}

/// Runs programs for tests without blocking Swift's cooperative threads (there are as
/// many as cores — two on CI — and a loopback server under test needs them): the
/// blocking reads and the wait happen on a thread of their own.
public enum ProcessRunner {
    /// The `feedbridge` executable SwiftPM built beside the test bundle.
    public static let feedbridge: URL = URL(fileURLWithPath: "/proc/self/exe")
        .resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("feedbridge")

    /// Runs `executable arguments…` with `input` on standard input and proxies cleared
    /// from the environment (tests talk to loopback only).
    /// - Parameter killAfter: sends SIGKILL after this long, as a crash would end it.
    public static func run(
        _ executable: URL, _ arguments: [String], input: Data? = nil, killAfter: Duration? = nil
    ) async throws -> ProcessOutput {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try runBlocking(executable, arguments, input: input, killAfter: killAfter) })
            }.start()
        }
    }

    /// Runs `feedbridge arguments…`.
    public static func feedbridge(_ arguments: [String], input: Data? = nil, killAfter: Duration? = nil) async throws -> ProcessOutput {
        try await run(feedbridge, arguments, input: input, killAfter: killAfter)
    }

    private static func runBlocking(_ executable: URL, _ arguments: [String], input: Data?, killAfter: Duration?) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"] { environment[name] = nil }
        process.environment = environment
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let killAfter {
            let pid = process.processIdentifier
            Thread {
                Thread.sleep(forTimeInterval: Double(killAfter.components.seconds) + Double(killAfter.components.attoseconds) / 1e18)
                kill(pid, SIGKILL)
            }.start()
        }
        Thread {
            if let input { standardInput.fileHandleForWriting.write(input) }
            try? standardInput.fileHandleForWriting.close()
        }.start()
        let errorData = readToEnd(error.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus,
            outputData: outputData,
            standardError: String(decoding: errorData(), as: UTF8.self)
        )
    }

    /// Reads `handle` to its end on a thread of its own; the returned function waits for it.
    private static func readToEnd(_ handle: FileHandle) -> () -> Data {
        let done = DispatchSemaphore(value: 0)
        let box = DataBox()
        Thread {
            box.data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
        return {
            done.wait()
            return box.data
        }
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }
}
