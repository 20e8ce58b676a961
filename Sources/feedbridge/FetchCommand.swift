import ArgumentParser
import FeedFetch

/// `feedbridge fetch URL…`: fetches URLs with the aggregator's rules and shows what happened.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch URLs with FeedBridge's rules; print status, final URL, size, time and errors.",
        discussion: "Exits with 0 when every URL was fetched (200 or 304), 1 otherwise."
    )

    @Argument(help: "The http or https URLs to fetch.")
    var urls: [String]

    @Flag(help: "Print one JSON object per line instead of a table.")
    var json = false

    @Option(help: "Send this ETag as If-None-Match.")
    var etag: String?

    @Option(name: .customLong("last-modified"), help: "Send this date as If-Modified-Since.")
    var lastModified: String?

    @Flag(help: "Do not verify TLS certificates.")
    var insecure = false

    @Option(help: "Transfers at the same time.")
    var concurrency = 32

    @Option(name: .customLong("per-host"), help: "Transfers at the same time to one host.")
    var perHost = 4

    @Option(help: "Seconds allowed for each transfer.")
    var timeout = 30

    @Option(help: "Contact URL named in the User-Agent.")
    var contact: String?

    func validate() throws {
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
        guard perHost >= 1 else { throw ValidationError("--per-host must be at least 1") }
        guard timeout >= 1 else { throw ValidationError("--timeout must be at least 1 second") }
    }

    func run() async throws {
        let fetcher = try Fetcher(configuration: FetchConfiguration(
            maxConcurrent: concurrency, maxPerHost: perHost,
            totalTimeout: .seconds(timeout), contactURL: contact
        ))
        let requests = urls.enumerated().map { index, url in
            FetchRequest(id: String(index), url: url, etag: etag, lastModified: lastModified, verifyTLS: !insecure)
        }
        var results: [FetchResult] = []
        for await result in fetcher.fetch(requests) {
            if json { print(FetchReport.jsonLine(result)) }
            results.append(result)
        }
        if !json {
            results.sort { Int($0.request.id) ?? 0 < Int($1.request.id) ?? 0 }
            print(FetchReport.table(results), terminator: "")
        }
        if !results.allSatisfy(\.outcome.succeeded) { throw ExitCode(1) }
    }
}
