// swift-tools-version:6.0
import PackageDescription

/// FeedBridge: fetch → parse → merge → store → publish → serve.
/// Each target is one stage of the pipeline; dependencies point down the pipeline only.
let package = Package(
    name: "FeedBridge",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "feedbridge", targets: ["feedbridge"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Already resolved through Hummingbird; named for the client's `SocketAddress` (`metrics_allow`).
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        // /metrics: the metrics API (already resolved through Hummingbird) and its
        // Prometheus text exposition, the format every scraper reads.
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // C libraries, through system-library targets (see the shims for the ICU pitfall).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // The web-text primitives every stage needs, once: URL parsing, resolution and
        // normalizing, percent-encoding, XML/HTML escaping, RFC 3339 and RFC 822 dates,
        // the HTML tokenizer and HTML → plain text. Below the stages; depends on nothing.
        .target(name: "WebText"),

        // The threads blocking work runs on instead of Swift's cooperative pool (SQLite,
        // libxml2, loopback servers), in one place. Depends on nothing.
        .target(name: "FeedExecutors"),

        // Value types shared by every stage.
        .target(name: "FeedModel", dependencies: ["WebText"]),

        // bytes → Feed
        .target(name: "FeedParse", dependencies: ["CLibXML2", "FeedModel", "WebText"]),

        // feeds.yaml → validated Configuration (errors as feeds.yaml:LINE:COL)
        .target(
            name: "FeedConfig",
            dependencies: ["FeedModel", "FeedParse", "FeedMerge", .product(name: "Yams", package: "Yams")]
        ),

        // URLs → bytes (libcurl multi)
        .target(name: "FeedFetch", dependencies: ["CCurl", "FeedModel", "WebText"]),

        // Item identity: canonical URLs, Vietnamese title folding, stable keys and story ids.
        .target(name: "FeedMerge", dependencies: ["FeedModel", "WebText"]),

        // Items, stories and the sources' fetch state (SQLite through GRDB, WAL); the
        // SQLite StoryIndex the merger decides over.
        .target(
            name: "FeedStore",
            dependencies: ["FeedModel", "FeedMerge", "WebText", .product(name: "GRDB", package: "GRDB.swift")]
        ),

        // gzip through zlib: the publisher's `.gz` siblings, the simulator's responses.
        .target(name: "Gzip", dependencies: ["CZlib"]),

        // Stories → feed.atom, feed.rss, feed.json, index.html, sources.opml, units/*.atom
        // (each with its `.gz` sibling)
        .target(name: "FeedPublish", dependencies: ["FeedModel", "WebText", "CFileSystem", "Gzip"]),
        // syncfs(2), which Glibc's Swift module does not export.
        .target(name: "CFileSystem"),

        // Simulated city portals on loopback, for the demo, tests and benchmarks.
        .target(
            name: "PortalSimulator",
            dependencies: [
                "FeedModel", "WebText", "Gzip", "FeedExecutors",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/hanoi-units.tsv")]
        ),

        // Serves the output folder over HTTP, with the service's health, status and metrics.
        .target(
            name: "FeedServer",
            dependencies: [
                "FeedModel", "WebText", "Gzip",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // The aggregator: one cycle wires fetch → parse → store → merge → publish.
        .target(
            name: "FeedBridge",
            dependencies: [
                "FeedModel", "WebText", "FeedConfig", "FeedParse", "FeedFetch", "FeedMerge", "FeedStore", "FeedPublish", "FeedServer", "FeedExecutors",
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ]
        ),

        // The command-line interface.
        .executableTarget(
            name: "feedbridge",
            dependencies: [
                "FeedModel", "WebText", "FeedConfig", "FeedParse", "FeedFetch", "FeedBridge", "FeedServer", "PortalSimulator",
                "FeedStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),

        // make bench-merge: generated items through the merge engine (bench/merge/run.sh).
        .executableTarget(
            name: "feedbridge-merge-bench",
            dependencies: ["FeedMerge", "FeedModel", "FeedStore"],
            path: "bench/merge/MergeBench"
        ),

        .testTarget(name: "WebTextTests", dependencies: ["WebText", "FeedBridgeTestSupport"]),
        .testTarget(name: "FeedExecutorsTests", dependencies: ["FeedExecutors", "FeedBridgeTestSupport"]),
        .testTarget(name: "FeedConfigTests", dependencies: ["FeedConfig", "FeedModel", "FeedBridgeTestSupport"]),
        .testTarget(
            name: "FeedParseTests",
            // The simulator, the config and the fetcher: the HTML bridge end to end over loopback.
            dependencies: ["FeedParse", "FeedModel", "WebText", "FeedConfig", "FeedFetch", "PortalSimulator", "FeedBridgeTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FeedFetchTests",
            dependencies: [
                "FeedFetch", "PortalSimulator", "FeedModel", "FeedBridgeTestSupport", "feedbridge", "FeedExecutors",
                // A real loopback HTTP(S) server for the fetcher to fetch from.
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdHTTP2", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "MergeEvaluationTests",
            // The labelled evaluation set, run through the store's ingest (SQLite index).
            dependencies: ["FeedMerge", "FeedModel", "FeedStore", "FeedBridgeTestSupport"],
            exclude: ["Cases"]
        ),
        .testTarget(name: "FeedMergeTests", dependencies: ["FeedMerge", "FeedModel", "FeedParse", "FeedFetch", "PortalSimulator", "FeedBridgeTestSupport"]),
        .testTarget(
            name: "FeedStoreTests",
            // GRDB only to look at the file as another process would (journal mode, locks).
            dependencies: ["FeedStore", "FeedModel", "FeedBridgeTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "PortalSimulatorTests", dependencies: ["PortalSimulator", "FeedParse", "FeedModel", "FeedBridgeTestSupport"]),
        .testTarget(
            name: "FeedBridgeTests",
            dependencies: [
                "FeedBridge", "FeedConfig", "FeedParse", "FeedFetch", "FeedModel", "PortalSimulator", "FeedBridgeTestSupport", "feedbridge",
                "FeedMerge", "FeedStore",
                // The service's endpoints, served as `feedbridge run` serves them.
                "FeedServer", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .testTarget(
            name: "FeedPublishTests",
            dependencies: ["FeedPublish", "FeedModel", "FeedParse", "FeedBridgeTestSupport"]
        ),
        .testTarget(
            name: "FeedServerTests",
            dependencies: [
                "FeedServer", "FeedModel", "Gzip", "FeedBridgeTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "FeedBridgeCLITests", dependencies: ["feedbridge", "FeedModel", "FeedBridgeTestSupport", "PortalSimulator"]),
        // Helpers shared by the test targets (running processes off the cooperative pool).
        .target(
            name: "FeedBridgeTestSupport",
            dependencies: [
                "FeedExecutors", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/Support"
        ),
    ]
)
