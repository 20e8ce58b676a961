import FeedBridgeTestSupport
import FeedModel
import Foundation
import Testing

/// What every command shares, run as a real process: `--version`, `--config`, and how
/// failures leave (the message on standard error, then the exit code).
@Suite(.offCooperativePool) struct CommandLineContractTests {
    private static let validYAML = """
        city:
          title: Hà Nội
          link: https://hanoi.gov.vn/
        sources:
          - id: hanoi
            url: https://hanoi.gov.vn/rss
        """

    @Test func version_printsTheVersionNamedInTheFeeds() async throws {
        let run = try await ProcessRunner.feedbridge(["--version"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "FeedBridge 0.1\n")
        #expect(run.standardOutput == FeedBridgeVersion.generator + "\n")
    }

    @Test(arguments: ["run", "check", "demo", "parse"])
    func help_everyCommandReadingFeedsYAML_takesConfig(command: String) async throws {
        let run = try await ProcessRunner.feedbridge([command, "--help"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("--config <FILE>"))
        #expect(run.standardOutput.contains("The configuration file (relative paths in it are"))
    }

    @Test func checkProbe_unknownSource_exitsWithOneAndNamesIt() async throws {
        let file = try ScratchFile(Self.validYAML, name: "feeds.yaml")
        let run = try await ProcessRunner.feedbridge(["check", "--config", file.path, "--probe", "ba-dinh"])
        #expect(run.status == 1)
        #expect(run.standardError == "check: no source 'ba-dinh' in \(file.path)\n")
    }

    @Test func runOnce_storeFolderIsAFile_exitsWithTwoAndSaysWhy() async throws {
        let file = try ScratchFile(Self.validYAML + "\nstore: sqlite:blocked/feedbridge.sqlite\n", name: "feeds.yaml")
        try Data("a file, not a folder".utf8).write(to: URL(fileURLWithPath: file.folder + "/blocked"))
        let run = try await ProcessRunner.feedbridge(["run", "--once", "--config", file.path])
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("store: \(file.folder)/blocked/feedbridge.sqlite: create folder "))
        #expect(run.standardOutput.isEmpty)
    }

    @Test func parse_unknownTimeZone_isAUsageError() async throws {
        let run = try await ProcessRunner.feedbridge(["parse", "--timezone", "Mars/Base", "feed.xml"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("unknown time zone 'Mars/Base'"))
    }
}
