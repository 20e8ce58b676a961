import FeedBridgeTestSupport
import FeedModel
import FeedParse
import Foundation
import Testing

/// Golden fixtures: `Fixtures/<format>/<name>.xml` (or `.jsonfeed`) beside the expected
/// `<name>.json` (the `feedbridge parse` contract). Each XML fixture starts with
/// `<!-- Description: … -->`; a `<!-- Base: URL -->` line gives the document URL.
/// `FEEDBRIDGE_WRITE_GOLDEN=1 swift test --filter GoldenFixtureTests` writes missing
/// expectations for review; it never overwrites one.
@Suite(.offCooperativePool) struct GoldenFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let fixtures: [String] = {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".xml") || path.hasSuffix(".jsonfeed") { found.append(path) }
        }
        return found.sorted()
    }()

    @Test func fixtures_coverEveryFormat() {
        let formats = Set(Self.fixtures.compactMap { $0.split(separator: "/").first.map(String.init) })
        #expect(formats.isSuperset(of: ["rss20", "rss10", "rss09x", "atom10", "atom03", "jsonfeed"]))
    }

    @Test(arguments: fixtures)
    func fixture_parsesToItsGoldenJSON(_ name: String) throws {
        let input = Self.folder.appendingPathComponent(name)
        let expectedURL = input.deletingPathExtension().appendingPathExtension("json")
        let text = try String(contentsOf: input, encoding: .isoLatin1)
        if name.hasSuffix(".xml") {
            #expect(text.hasPrefix("<!-- Description: ") || text.contains("?>\n<!-- Description: "), "\(name) must start with a Description comment")
        }
        let options = ParseOptions(baseURL: Self.header("Base", in: text), contentType: Self.header("Content-Type", in: text))
        let actual = try FeedParser(options: options).parse(contentsOfFile: input.path).contractJSON() + "\n"
        try GoldenFixtureTests.compare(actual, withGolden: expectedURL, fixture: name)
    }

    /// Expects `actual` to equal the golden JSON at `expectedURL`. A missing golden file is
    /// a failure; with `FEEDBRIDGE_WRITE_GOLDEN=1` it is also written, for review.
    static func compare(_ actual: String, withGolden expectedURL: URL, fixture name: String) throws {
        guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
            if ProcessInfo.processInfo.environment["FEEDBRIDGE_WRITE_GOLDEN"] == "1" {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            }
            Issue.record("\(name): no expected JSON at \(expectedURL.lastPathComponent)")
            return
        }
        #expect(actual == expected, "\(name) differs from its golden JSON")
    }

    /// The value of a `<!-- Key: value -->` line near the top of a fixture.
    static func header(_ key: String, in text: String) -> String? {
        for line in text.split(separator: "\n").prefix(5) {
            let prefix = "<!-- \(key): "
            guard line.hasPrefix(prefix), line.hasSuffix(" -->") else { continue }
            return String(line.dropFirst(prefix.count).dropLast(4))
        }
        return nil
    }
}
