import FeedBridgeTestSupport
import FeedFetch
import Foundation
import Testing

/// `feedbridge run` as a service: cycles, serves the output folder, reloads feeds.yaml
/// on SIGHUP or when it changes.
@Suite(.offCooperativePool, .serialized) struct ServiceTests {
    @Test func run_service_servesTheFeedsAndReloadsOnHangupOrFileChange() async throws {
        try await SimulatedCity.with(edit: {
            $0.replacingOccurrences(of: "listen: \"127.0.0.1:8080\"", with: "listen: \"127.0.0.1:0\"")
        }) { city in
            let service = try BackgroundProcess(ProcessRunner.feedbridge, ["run", "--config", city.configPath])
            defer { service.stop() }

            let serving = try #require(await service.waitForLine(matching: "^Serving .* on http://"), "\(service.printed)")
            let base = try #require(serving.split(separator: " ").last.map(String.init))
            // A liveness wait, not a speed goal: a debug build's first cycle (2,800 items through
            // the merge engine) beside the rest of the parallel suite on 2 cores takes over a minute.
            #expect(await service.waitForLine(matching: "cycle: 127 sources fetched", timeout: .seconds(180)) != nil, "\(service.printed)")

            // The published files, with their media type, ETag and 304.
            let fetcher = try Fetcher()
            let atom = await fetcher.fetch(FetchRequest(url: base + "feed.atom"))
            #expect(atom.status == 200)
            #expect(atom.headers.contentType?.hasPrefix("application/atom+xml") == true)
            let etag = try #require(atom.headers.etag)
            let again = await fetcher.fetch(FetchRequest(url: base + "feed.atom", etag: etag))
            #expect(again.status == 304)
            let page = await fetcher.fetch(FetchRequest(url: base))
            #expect(String(decoding: page.body, as: UTF8.self).contains("<html lang=\"vi\">"))

            // The service's own endpoints, from the binary: ready, every source on /status.json,
            // Prometheus text on /metrics (loopback is allowed by default).
            #expect(await fetcher.fetch(FetchRequest(url: base + "readyz")).status == 200)
            let status = await fetcher.fetch(FetchRequest(url: base + "status.json"))
            let sources = try #require(
                (try JSONSerialization.jsonObject(with: Data(status.body)) as? [String: Any])?["sources"] as? [[String: Any]]
            )
            #expect(sources.count == 127)
            #expect(sources.allSatisfy { ($0["state"] as? String) == "ok" })
            let metrics = String(decoding: await fetcher.fetch(FetchRequest(url: base + "metrics")).body, as: UTF8.self)
            #expect(metrics.contains("feedbridge_fetches_total{source=\"hanoi\",outcome=\"ok\"} 1"), "\(metrics.prefix(2000))")

            // A broken feeds.yaml is refused on SIGHUP, the running configuration kept.
            let good = try String(contentsOfFile: city.configPath, encoding: .utf8)
            try (good + "  - id: hanoi\n    url: ftp://nowhere\n").write(toFile: city.configPath, atomically: true, encoding: .utf8)
            service.signal(SIGHUP)
            #expect(await service.waitForLine(matching: "reload failed, keeping the running configuration") != nil, "\(service.printed)")
            #expect(service.printed.contains("duplicate source id 'hanoi'"))

            // A fixed one is taken as soon as the file changes, without a signal; the server
            // settings it changes are said to wait for a restart.
            try good.replacingOccurrences(of: "  - id: hoan-kiem\n", with: "  - id: hoan-kiem\n    enabled: false\n")
                .replacingOccurrences(of: "cors: \"*\"", with: "cors: [\"https://hanoi.gov.vn\"]")
                .write(toFile: city.configPath, atomically: true, encoding: .utf8)
            #expect(await service.waitForLine(matching: "reloaded feeds.yaml: 127 sources") != nil, "\(service.printed)")
            #expect(await service.waitForLine(matching: "server: the new listen and cors apply after a restart") != nil, "\(service.printed)")
        }
    }
}
