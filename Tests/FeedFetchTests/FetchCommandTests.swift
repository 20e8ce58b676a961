import FeedBridgeTestSupport
import Foundation
import Testing

/// `feedbridge fetch` run as a user would: the built executable against the test server.
@Suite(.offCooperativePool) struct FetchCommandTests {
    @Test func fetchCommand_oneURLFailing_printsTheTableAndExitsWith1() async throws {
        try await TestServer.with { base in
            let run = try await runFeedBridge(["fetch", "\(base)/feed/ba-dinh", "\(base)/status/500"])
            #expect(run.status == 1)
            let lines = run.output.split(separator: "\n")
            #expect(lines.count == 3)
            #expect(lines.first?.hasPrefix("URL") == true)
            #expect(lines.first?.contains("FINAL URL") == true)
            #expect(lines.dropFirst().first?.contains("\(base)/feed/ba-dinh  200") == true)
            #expect(lines.last?.contains("failed") == true)
            #expect(lines.last?.hasSuffix("HTTP 500") == true)
        }
    }

    @Test func fetchCommand_json_printsOneObjectPerURLAndExitsWith0() async throws {
        try await TestServer.with { base in
            let run = try await runFeedBridge(["fetch", "--json", "--etag", "\"v1-abc\"", "\(base)/conditional", "\(base)/redirect/301"])
            #expect(run.status == 0)
            let objects = try run.output.split(separator: "\n").map { line in
                try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            }
            #expect(objects.count == 2)
            let conditional = try #require(objects.first { $0["url"] as? String == "\(base)/conditional" })
            #expect(conditional["status"] as? Int == 304)
            #expect(conditional["outcome"] as? String == "not modified")
            let moved = try #require(objects.first { $0["url"] as? String == "\(base)/redirect/301" })
            #expect(moved["moved_permanently_to"] as? String == "\(base)/feed/moved")
            #expect((moved["timings_ms"] as? [String: Any])?["total"] != nil)
        }
    }
}

/// Runs the `feedbridge` executable built beside the test bundle; returns its exit status and stdout.
func runFeedBridge(_ arguments: [String]) async throws -> (status: Int32, output: String) {
    let run = try await ProcessRunner.feedbridge(arguments)
    return (run.status, run.standardOutput)
}
