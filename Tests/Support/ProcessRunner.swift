import Foundation
import Synchronization

/// What a finished process printed and how it exited.
public struct ProcessOutput: Sendable {
    /// The exit status, or the signal's number when a signal ended the process.
    public let status: Int32
    /// True when a signal ended the process (``status`` is the signal's number).
    public let signaled: Bool
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

    /// Runs `executable arguments…` with `input` on standard input, `environment` added to
    /// the test's and proxies cleared from it (tests talk to loopback only).
    /// - Parameter killWhenFileExists: sends SIGKILL, as a crash would end the process, as
    ///   soon as this file exists (a test hook of the process writes it where it pauses).
    public static func run(
        _ executable: URL, _ arguments: [String], input: Data? = nil, environment: [String: String] = [:],
        killWhenFileExists marker: String? = nil
    ) async throws -> ProcessOutput {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result {
                    try runBlocking(executable, arguments, input: input, environment: environment, killWhenFileExists: marker)
                })
            }.start()
        }
    }

    /// Runs `feedbridge arguments…`.
    public static func feedbridge(
        _ arguments: [String], input: Data? = nil, environment: [String: String] = [:], killWhenFileExists marker: String? = nil
    ) async throws -> ProcessOutput {
        try await run(feedbridge, arguments, input: input, environment: environment, killWhenFileExists: marker)
    }

    private static func runBlocking(
        _ executable: URL, _ arguments: [String], input: Data?, environment added: [String: String], killWhenFileExists marker: String?
    ) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment.merging(added) { $1 }
        for name in ["http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"] { environment[name] = nil }
        process.environment = environment
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let marker {
            let pid = process.processIdentifier
            Thread {
                // Until the marker appears or the process ends (then there is nothing to kill).
                while !FileManager.default.fileExists(atPath: marker), kill(pid, 0) == 0 {
                    Thread.sleep(forTimeInterval: 0.01)
                }
                if FileManager.default.fileExists(atPath: marker) { kill(pid, SIGKILL) }
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
            signaled: process.terminationReason == .uncaughtSignal,
            outputData: outputData,
            standardError: String(decoding: errorData(), as: UTF8.self)
        )
    }

    /// Reads `handle` to its end on a thread of its own; the returned function waits for it.
    private static func readToEnd(_ handle: FileHandle) -> () -> Data {
        let done = DispatchSemaphore(value: 0)
        let data = DataBox()
        Thread {
            let read = handle.readDataToEndOfFile()
            data.value.withLock { $0 = read }
            done.signal()
        }.start()
        return {
            done.wait()
            return data.value.withLock { $0 }
        }
    }

    /// The bytes read, handed from the reading thread to the waiting one.
    private final class DataBox: Sendable {
        let value = Mutex(Data())
    }
}
