import ArgumentParser
import FeedFetch

/// `feedbridge fetch URL…`: fetches URLs with the aggregator's rules and shows what happened.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch URLs with FeedBridge's rules; print status, final URL, size, time and errors.",
        discussion: """
        A request file (--input, and what --state writes) has one request per line: URL, or \
        URL<TAB>ETAG<TAB>LAST-MODIFIED with either validator possibly empty. \
        Exits with 0 when every URL was fetched (200 or 304), 1 otherwise.
        """
    )

    @Argument(help: "The http or https URLs to fetch.")
    var urls: [String] = []

    @Option(help: ArgumentHelp("Also fetch the requests listed in FILE (- for standard input).", valueName: "FILE"))
    var input: String?

    @Flag(help: "Print one JSON object per line instead of a table.")
    var json = false

    @Flag(help: "Print only the totals as one JSON line: requests, ok, notModified, failed, bytes, seconds.")
    var summary = false

    @Option(help: ArgumentHelp("Write each URL with the ETag and Last-Modified it returned to FILE, as input for a conditional pass.", valueName: "FILE"))
    var state: String?

    @Option(help: "Send this ETag as If-None-Match (for the URLs given as arguments).")
    var etag: String?

    @Option(name: .customLong("last-modified"), help: "Send this date as If-Modified-Since (for the URLs given as arguments).")
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
        guard !urls.isEmpty || input != nil else { throw ValidationError("give URLs or --input FILE") }
        guard !(json && summary) else { throw ValidationError("--json and --summary cannot be used together") }
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
        guard perHost >= 1 else { throw ValidationError("--per-host must be at least 1") }
        guard timeout >= 1 else { throw ValidationError("--timeout must be at least 1 second") }
    }

    func run() async throws {
        var entries = urls.map { FetchInputFile.Entry(url: $0, etag: etag, lastModified: lastModified) }
        if let input { entries += try FetchInputFile.read(path: input) }
        let requests = entries.enumerated().map { index, entry in
            FetchRequest(index: index, url: entry.url, etag: entry.etag, lastModified: entry.lastModified, verifyTLS: !insecure)
        }
        let fetcher = try Fetcher(configuration: FetchConfiguration(
            maxConcurrent: concurrency, maxPerHost: perHost,
            totalTimeout: .seconds(timeout), contactURL: contact
        ))
        var results: [FetchResult] = []
        var totals = FetchReport.Summary()
        var states = entries
        let clock = ContinuousClock()
        let start = clock.now
        for await result in fetcher.fetch(requests) {
            totals.add(result)
            if state != nil, let index = result.request.index { states[index] = FetchInputFile.entry(after: result) }
            if json { print(FetchReport.jsonLine(result)) } else if !summary { results.append(result) }
        }
        let elapsed = clock.now - start
        if let state { try FetchInputFile.write(states, to: state) }
        if summary {
            print(totals.jsonLine(seconds: elapsed))
        } else if !json {
            results.sort { ($0.request.index ?? 0) < ($1.request.index ?? 0) }
            print(FetchReport.table(results), terminator: "")
        }
        if totals.failed > 0 { throw ExitCode(1) }
    }
}
