import ArgumentParser
import FeedConfig
import FeedFetch
import FeedModel
import FeedParse
import Foundation

/// `feedbridge parse FILE|URL|-`: one document in, the parse JSON contract out;
/// with `--html-rules`, an HTML listing page read with XPath rules.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse one feed (file, URL or - for standard input) and print it as JSON.",
        discussion: """
            The JSON is the contract described in DESIGN.md. Exit status 0 on success; otherwise a one-line error on stderr.
            With --html-rules the input is an HTML listing page and the items are what the rules extract \
            (a preset of the --config file, or a YAML file of rules: item, title, link, date, date_format, \
            date_locale, summary, content, image, author, category, id, next_page, max_pages, article); \
            how the rules matched (items without a date, shared links, a login page…) is printed on stderr, \
            one "warning:" line each.
            """
    )

    @Argument(help: "A file path, an http(s) URL, or - for standard input.")
    var input: String?

    @Option(help: "The document's URL, for relative links (defaults to the URL fetched).")
    var base: String?

    @Option(name: .customLong("content-type"), help: "The HTTP Content-Type, whose charset is a decoding hint.")
    var contentType: String?

    @Option(help: "Time zone of dates written without one (default: Asia/Ho_Chi_Minh).", transform: Self.timeZone)
    var timezone = Configuration.defaultTimeZone

    @Option(name: .customLong("html-rules"), help: ArgumentHelp(
        "Read the input as an HTML listing page with these XPath rules: a preset name from the config, or a YAML file of rules.",
        valueName: "PRESET|FILE"))
    var htmlRules: String?

    /// The feeds.yaml whose presets --html-rules may name.
    @OptionGroup var configFile: ConfigFileOption

    @Flag(help: "Print the JSON on one line.")
    var compact = false

    @Option(help: ArgumentHelp("Parse every file under DIR in one process and print throughput figures as one JSON line.", valueName: "DIR"))
    var bench: String?

    @Option(help: "With --bench: files parsed at the same time.")
    var jobs = 1

    func validate() throws {
        guard (input == nil) != (bench == nil) else { throw ValidationError("give either an input or --bench DIR") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        var options = ParseOptions(baseURL: base, contentType: contentType, timeZone: timezone)
        if let htmlRules {
            do {
                options.htmlRules = try HTMLRulesArgument(htmlRules, config: configFile.path).rules()
            } catch {
                throw ExitCode.printing("feedbridge: \(error)", code: 1)
            }
        }
        let input: String
        switch (self.input, bench) {
        case (let given?, nil): input = given
        case (nil, let bench?): return try ParseBenchmark(options: options, jobs: jobs).run(directory: bench)
        default: throw ExitCode.validationFailure  // both or neither, refused by validate()
        }
        do {
            let feed: Feed
            switch input {
            case "-":
                feed = options.htmlRules == nil
                    ? try FeedParser(options: options).parse(stream: fdopen(0, "rb"), name: "standard input")
                    : try listing(FileHandle.standardInput.readToEnd() ?? Data(), options)
            case let url where url.hasPrefix("http://") || url.hasPrefix("https://"):
                let result = try await Fetcher().fetch(FetchRequest(url: url))
                if let error = result.outcome.error { throw error }
                guard result.outcome == .ok else { throw ParseError.io(path: url, message: result.outcome.label) }
                options.baseURL = options.baseURL ?? result.finalURL
                options.contentType = options.contentType ?? result.headers.contentType
                feed = options.htmlRules == nil ? try FeedParser(options: options).parse(result.body) : try listing(result.body, options)
            case let path:
                feed = options.htmlRules == nil
                    ? try FeedParser(options: options).parse(contentsOfFile: path)
                    : try listing(Self.contents(of: path, limit: options.maxBytes), options)
            }
            var json = feed.contractJSONBytes(pretty: !compact)
            json.append(UInt8(ascii: "\n"))
            try FileHandle.standardOutput.write(contentsOf: json)
        } catch {
            throw ExitCode.printing("feedbridge: \(error)", code: 1)
        }
    }

    /// A `--timezone` value: an IANA zone name.
    private static func timeZone(_ name: String) throws -> TimeZone {
        guard let zone = TimeZone(identifier: name) else { throw ValidationError("unknown time zone '\(name)'") }
        return zone
    }

    /// A listing page read with the rules; how they matched goes to standard error,
    /// one `warning: …` line each, so that the JSON on standard output stays clean.
    private func listing(_ page: some ContiguousBytes, _ options: ParseOptions) throws -> Feed {
        let (feed, diagnostics) = try FeedParser(options: options).parseListing(page)
        for warning in diagnostics.warnings {
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
        return feed
    }

    /// A file's bytes, refused past `limit`.
    private static func contents(of path: String, limit: Int) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ParseError.io(path: path, message: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        let data = try handle.read(upToCount: limit + 1) ?? Data()
        guard data.count <= limit else { throw ParseError.tooLarge(limit: limit) }
        return data
    }
}
