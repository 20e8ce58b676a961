import FeedBridgeTestSupport
import FeedConfig
import FeedModel
import Foundation
import Testing

/// `server:`, `store:` and `output.archives`, each read once into a typed value.
@Suite(.offCooperativePool) struct ServerStoreConfigTests {
    private func load(_ lines: String) throws -> Configuration {
        try ConfigFile(minimalCity + lines + "\nsources: [{id: a, url: \"https://a.example/\"}]\n").load()
    }

    @Test func load_listenAddresses_giveHostAndPort() throws {
        let v4 = try load("server: {listen: \"0.0.0.0:80\"}")
        #expect(v4.server.listen == ListenAddress(host: "0.0.0.0", port: 80))
        #expect(v4.publicBaseURL == "http://0.0.0.0:80/")
        let v6 = try load("server: {listen: \"[::1]:0\"}")
        #expect(v6.server.listen == ListenAddress(host: "::1", port: 0))
        #expect(v6.publicBaseURL == "http://[::1]:0/")
    }

    @Test(arguments: ["localhost", ":8080", "host:", "host:65536", "::1:8080", "[]:80", "[::1", "user@host:80"])
    func listenAddress_withoutHostOrPort_isNil(text: String) {
        #expect(ListenAddress(text) == nil)
    }

    @Test func load_corsList_keepsEachOriginInLowercase() throws {
        let config = try load("server: {cors: [\"https://Hanoi.gov.vn\", \"http://localhost:3000\"]}")
        #expect(config.server.cors == .only(["https://hanoi.gov.vn", "http://localhost:3000"]))
        #expect(config.server.cors?.allowOrigin(for: "http://localhost:3000") == "http://localhost:3000")
        #expect(config.server.cors?.allowOrigin(for: "https://evil.example") == nil)
    }

    @Test func load_corsStar_allowsEveryOrigin() throws {
        let config = try load("server: {cors: \"*\"}")
        #expect(config.server.cors == .any)
        #expect(config.server.cors?.allowOrigin(for: "https://any.example") == "*")
    }

    @Test func load_cacheMaxAgeAndMetricsAllow_areRead() throws {
        let defaults = try load("")
        #expect(defaults.server.cacheMaxAge == .seconds(60))
        #expect(defaults.server.metricsAllow == AddressRange.loopback)
        let config = try load("server: {cache_max_age: 5m, metrics_allow: [10.0.0.0/8, \"::1\", 192.168.1.7]}")
        #expect(config.server.cacheMaxAge == .seconds(300))
        #expect(config.server.metricsAllow.map(\.description) == ["10.0.0.0/8", "::1/128", "192.168.1.7/32"])
        #expect(config.server.metricsAllow[0].contains("10.20.30.40"))
        #expect(config.server.metricsAllow[0].contains("::ffff:10.1.2.3"))
        #expect(!config.server.metricsAllow[0].contains("11.0.0.1"))
    }

    @Test func load_badMetricsBlockOrMaxAge_isReportedAtItsPlace() throws {
        let error = #expect(throws: ConfigError.self) {
            try load("server:\n  metrics_allow: [127.0.0.0/8, 10.0.0.0/33]\n  cache_max_age: soon")
        }
        let text = error.map { "\($0)" } ?? ""
        #expect(text.contains(":5:32: bad address block '10.0.0.0/33' in 'metrics_allow'"), "\(text)")
        #expect(text.contains(":6:18: bad duration 'soon' for 'cache_max_age'"), "\(text)")
    }

    @Test func load_archives_monthlyByDefault_noneOnRequest() throws {
        #expect(try load("output: {dir: output}").output.archives == .monthly)
        #expect(try load("output: {archives: none}").output.archives == Configuration.Output.Archives.none)
        #expect(try load("output: {archives: monthly}").output.archives == .monthly)
    }

    @Test func load_archivesUnknown_namesTheChoices() {
        let error = #expect(throws: ConfigError.self) { try load("output: {archives: weekly}") }
        let text = error.map { "\($0)" } ?? ""
        #expect(text.contains("'archives' must be one of monthly, none, found 'weekly'"), "\(text)")
    }

    @Test func storeLocation_relativePath_resolvesAgainstTheConfigFolder() throws {
        let folder = URL(fileURLWithPath: "/etc/feedbridge")
        #expect(try load("store: sqlite:state/fb.sqlite").store.resolved(relativeTo: folder)
            == .sqlite(path: "/etc/feedbridge/state/fb.sqlite"))
        #expect(StoreLocation("sqlite:../var/fb.sqlite")?.resolved(relativeTo: folder) == .sqlite(path: "/etc/var/fb.sqlite"))
    }

    @Test func storeLocation_absolutePath_isKept() {
        let folder = URL(fileURLWithPath: "/etc/feedbridge")
        #expect(StoreLocation("sqlite:/var/lib/fb.sqlite")?.resolved(relativeTo: folder) == .sqlite(path: "/var/lib/fb.sqlite"))
        #expect(StoreLocation("sqlite:///var/lib/fb.sqlite")?.resolved(relativeTo: folder) == .sqlite(path: "/var/lib/fb.sqlite"))
    }

    @Test(arguments: ["postgres://localhost/feedbridge", "state/feedbridge.sqlite", "sqlite:", "sqlite:///"])
    func storeLocation_notAnSQLitePath_isNil(text: String) {
        #expect(StoreLocation(text) == nil)
    }
}
