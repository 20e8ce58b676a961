import FeedBridgeTestSupport
import Foundation
import Testing

/// `feedbridge fetch --input/--summary/--state` run as a user would: the built executable
/// against the test server, with request files in a temporary folder.
@Suite(.offCooperativePool) struct FetchCommandInputTests {
    @Test func fetchCommand_inputFileWithValidators_summaryCountsEachOutcome() async throws {
        let log = ServerLog()
        try await TestServer.with(log: log) { base in
            let input = try temporaryFile("""
                \(base)/feed/ba-dinh

                \(base)/conditional\t\t\(TestServer.lastModified)
                \(base)/status/500

                """)
            let run = try await runFeedBridge(["fetch", "--input", input, "--summary"])
            #expect(run.status == 1)
            let summary = try jsonObject(run.output)
            #expect(summary["requests"] as? Int == 3)
            #expect(summary["ok"] as? Int == 1)
            #expect(summary["notModified"] as? Int == 1)
            #expect(summary["failed"] as? Int == 1)
            #expect(summary["bytes"] as? Int == "<rss>ba-dinh</rss>".utf8.count + "<html>error 500</html>".utf8.count)
            #expect(summary["seconds"] is Double)
            #expect(log.headers(of: "/conditional")["if-modified-since"] == TestServer.lastModified)
            #expect(log.headers(of: "/conditional")["if-none-match"] == nil)
        }
    }

    @Test func fetchCommand_stateFile_holdsReturnedValidatorsAndMakesTheNextPassConditional() async throws {
        try await TestServer.with { base in
            let state = try temporaryFile("")
            let cold = try await runFeedBridge(["fetch", "--summary", "--state", state, "\(base)/feed/hoan-kiem", "\(base)/conditional"])
            #expect(cold.status == 0)
            #expect(try jsonObject(cold.output)["ok"] as? Int == 2)
            #expect(try String(contentsOfFile: state, encoding: .utf8) == """
                \(base)/feed/hoan-kiem\t\(TestServer.etag)\t\(TestServer.lastModified)
                \(base)/conditional\t\(TestServer.etag)\t

                """)

            let conditional = try await runFeedBridge(["fetch", "--json", "--input", state])
            #expect(conditional.status == 0)
            let statuses = try conditional.output.split(separator: "\n").map { try jsonObject(String($0)) }
                .map { "\($0["url"] as? String ?? "") \($0["status"] as? Int ?? 0)" }.sorted()
            #expect(statuses == ["\(base)/conditional 304", "\(base)/feed/hoan-kiem 200"])
        }
    }

    @Test func fetchCommand_stateAfterAFailure_keepsTheValidatorsSent() async throws {
        try await TestServer.with { base in
            let input = try temporaryFile("\(base)/status/503\t\"v7\"\tMon, 03 Nov 2025 08:00:00 GMT\n")
            let state = try temporaryFile("")
            let run = try await runFeedBridge(["fetch", "--summary", "--input", input, "--state", state])
            #expect(run.status == 1)
            #expect(try jsonObject(run.output)["failed"] as? Int == 1)
            #expect(try String(contentsOfFile: state, encoding: .utf8) == "\(base)/status/503\t\"v7\"\tMon, 03 Nov 2025 08:00:00 GMT\n")
        }
    }

    @Test func fetchCommand_inputFromStandardInput_addsToTheArgumentURLs() async throws {
        try await TestServer.with { base in
            let run = try await runFeedBridge(
                ["fetch", "--summary", "\(base)/feed/a", "--input", "-"],
                standardInput: "\(base)/feed/b\n\(base)/conditional\t\(TestServer.etag)\n"
            )
            #expect(run.status == 0)
            let summary = try jsonObject(run.output)
            #expect(summary["requests"] as? Int == 3)
            #expect(summary["ok"] as? Int == 2)
            #expect(summary["notModified"] as? Int == 1)
        }
    }

    @Test func fetchCommand_malformedInputLine_namesFileAndLineAndFetchesNothing() async throws {
        let log = ServerLog()
        try await TestServer.with(log: log) { base in
            let input = try temporaryFile("\(base)/conditional\n\(base)/feed/a\tx\ty\tz\n")
            let run = try await runFeedBridge(["fetch", "--input", input], standardInput: "")
            #expect(run.status == 1)
            #expect(run.output.isEmpty)
            #expect(run.errors.contains("fetch: \(input):2: expected URL or URL<TAB>ETAG<TAB>LAST-MODIFIED"))
            #expect(log.headers(of: "/conditional").isEmpty)
        }
    }

    @Test func fetchCommand_noURLAndNoInput_isAUsageError() async throws {
        let run = try await runFeedBridge(["fetch", "--summary"], standardInput: "")
        #expect(run.status == 64)
        #expect(run.errors.contains("give URLs or --input FILE"))
    }
}

/// Writes `text` to a new file in the temporary folder and returns its path.
private func temporaryFile(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("feedbridge-fetch-\(UUID().uuidString).txt").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

private func jsonObject(_ line: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
}

private func runFeedBridge(_ arguments: [String], standardInput: String) async throws -> (status: Int32, output: String, errors: String) {
    let run = try await ProcessRunner.feedbridge(arguments, input: Data(standardInput.utf8))
    return (run.status, run.standardOutput, run.standardError)
}
