import FeedBridgeTestSupport
import FeedConfig
import Testing

/// One kind of mistake, the lines after `minimalCity` (which starts them at line 4), and the error line.
struct Mistake: CustomStringConvertible, Sendable {
    let description: String
    let yaml: String
    let expected: String
}

let mistakes: [Mistake] = [
    Mistake(description: "unknown key with a near typo", yaml: """
        sources:
          - id: a
            url: https://a.example/
            intervall: 5m
        """, expected: "feeds.yaml:7:5: unknown key 'intervall' in source; did you mean 'interval'?"),
    Mistake(description: "unknown key far from any", yaml: """
        colour: blue
        sources: [{id: a, url: "https://a.example/"}]
        """, expected: "feeds.yaml:4:1: unknown key 'colour' in the file"),
    Mistake(description: "wrong type", yaml: """
        fetch: {concurrency: many}
        sources: [{id: a, url: "https://a.example/"}]
        """, expected: "feeds.yaml:4:22: 'concurrency' must be a whole number, found 'many'"),
    Mistake(description: "mapping where a string is expected", yaml: """
        sources:
          - id: a
            url: {href: "https://a.example/"}
        """, expected: "feeds.yaml:6:10: 'url' must be a string, found a mapping"),
    Mistake(description: "missing source url", yaml: """
        sources:
          - id: a
        """, expected: "feeds.yaml:5:5: missing required key 'url' in source"),
    Mistake(description: "missing source id", yaml: """
        sources:
          - url: https://a.example/
        """, expected: "feeds.yaml:5:5: missing required key 'id' in source"),
    Mistake(description: "duplicate source id", yaml: """
        sources:
          - {id: a, url: "https://a.example/"}
          - {id: a, url: "https://b.example/"}
        """, expected: "feeds.yaml:6:10: duplicate source id 'a' (first defined at line 5)"),
    Mistake(description: "unknown parent", yaml: """
        sources:
          - {id: hanoi, url: "https://a.example/"}
          - {id: b, parent: hanoj, url: "https://b.example/"}
        """, expected: "feeds.yaml:6:21: unknown parent 'hanoj': no source has this id; did you mean 'hanoi'?"),
    Mistake(description: "unknown preset", yaml: """
        sources:
          - {id: a, url: "https://a.example/", html: liferay}
        """, expected: "feeds.yaml:5:46: unknown preset 'liferay'"),
    Mistake(description: "URL that is not http", yaml: """
        sources:
          - {id: a, url: "ftp://a.example/"}
        """, expected: "feeds.yaml:5:18: bad URL 'ftp://a.example/' for 'url': expected an absolute http or https URL"),
    Mistake(description: "bad duration", yaml: """
        sources:
          - {id: a, url: "https://a.example/", interval: 15 minutes}
        """, expected: "feeds.yaml:5:50: bad duration '15 minutes' for 'interval': expected e.g. 30s, 15m, 1h, 1h30m or 180d"),
    Mistake(description: "bad size", yaml: """
        fetch: {max_bytes: 20 MB}
        sources: [{id: a, url: "https://a.example/"}]
        """, expected: "feeds.yaml:4:20: bad size '20 MB' for 'max_bytes': expected e.g. 512KB, 20MB or 1GB"),
    Mistake(description: "bad regex", yaml: """
        sources:
          - {id: a, url: "https://a.example/", exclude: ["ok", "(unclosed"]}
        """, expected: "feeds.yaml:5:56: bad regex '(unclosed' in 'exclude': it does not compile"),
    Mistake(description: "link_id regex without a capture group", yaml: """
        sources:
          - {id: a, url: "https://a.example/", link_id: "/tin/[0-9]+"}
        """, expected: #"feeds.yaml:5:49: link_id "/tin/[0-9]+": needs exactly one capture group, has 0; presets: liferay, vnpt"#),
    Mistake(description: "link_id that does not compile", yaml: """
        sources:
          - {id: a, url: "https://a.example/", link_id: "([0-9]+"}
        """, expected: #"feeds.yaml:5:49: link_id "([0-9]+": not a valid regular expression; presets: liferay, vnpt"#),
    Mistake(description: "bad XPath", yaml: """
        sources:
          - id: a
            url: https://a.example/
            html: {item: "//div[", title: ".//a", link: ".//a/@href"}
        """, expected: "feeds.yaml:7:18: bad XPath '//div[' for 'item': libxml2 cannot compile it"),
    Mistake(description: "bad time zone", yaml: """
        sources:
          - {id: a, url: "https://a.example/", timezone: Asia/Hanoi}
        """, expected: "feeds.yaml:5:50: bad time zone 'Asia/Hanoi' for 'timezone': expected an IANA name like Asia/Ho_Chi_Minh"),
    Mistake(description: "bad date_format", yaml: """
        presets:
          p: {item: "//li", title: "a", link: "a/@href", date_format: "yyyy"}
        sources: [{id: a, url: "https://a.example/", html: p}]
        """, expected: "feeds.yaml:5:63: bad date_format 'yyyy': it needs at least a month (MM, M or MMM)"),
    Mistake(description: "key given twice", yaml: """
        sources:
          - id: a
            url: https://a.example/
            url: https://b.example/
        """, expected: "feeds.yaml:7:5: duplicate key 'url' in source"),
    Mistake(description: "sources not a list", yaml: """
        sources: {id: a, url: "https://a.example/"}
        """, expected: "feeds.yaml:4:10: 'sources' must be a list of sources, found a mapping"),
    Mistake(description: "misspelt preset", yaml: """
        presets:
          liferay-news: {item: "//li", title: "a", link: "a/@href"}
        sources: [{id: a, url: "https://a.example/", html: {preset: liferay-new}}]
        """, expected: "feeds.yaml:6:61: unknown preset 'liferay-new'; did you mean 'liferay-news'?"),
    Mistake(description: "bad listen address", yaml: """
        server: {listen: localhost}
        sources: [{id: a, url: "https://a.example/"}]
        """, expected: "feeds.yaml:4:18: bad listen address 'localhost': expected host:port, e.g. 127.0.0.1:8080 or [::1]:8080"),
    Mistake(description: "archives, an unknown period", yaml: """
        output: {dir: out, archives: weekly}
        sources: [{id: a, url: "https://a.example/"}]
        """, expected: "feeds.yaml:4:30: 'archives' must be one of monthly, none, found 'weekly'"),
    Mistake(description: "CORS origin with a path", yaml: """
        server: {cors: ["https://hanoi.gov.vn", "https://a.example/feeds"]}
        sources: [{id: a, url: "https://a.example/"}]
        """, expected: #"feeds.yaml:4:41: bad origin 'https://a.example/feeds' in 'cors': expected "*" or origins like https://hanoi.gov.vn (scheme, host and port, no path)"#),
    Mistake(description: "CORS list without origins", yaml: """
        server: {cors: []}
        sources: [{id: a, url: "https://a.example/"}]
        """, expected: #"feeds.yaml:4:16: empty 'cors': expected "*" or a list of origins; leave the key out to send no CORS headers"#),
    Mistake(description: "store that is not sqlite", yaml: """
        store: postgres://feedbridge@db/feedbridge
        sources: [{id: a, url: "https://a.example/"}]
        """, expected: "feeds.yaml:4:8: bad store 'postgres://feedbridge@db/feedbridge': expected sqlite:PATH, e.g. sqlite:state/feedbridge.sqlite"),
    Mistake(description: "YAML syntax error", yaml: """
        sources:
          - id: a
           url: https://a.example/
        """, expected: "feeds.yaml:6:4: YAML syntax error: while parsing a block collection, did not find expected '-' indicator"),
]

@Suite(.offCooperativePool) struct ConfigErrorTests {
    @Test(arguments: mistakes) func load_mistake_reportsItsLineAndColumn(mistake: Mistake) throws {
        let lines = try ConfigFile(minimalCity + mistake.yaml).errorLines()
        #expect(lines == [mistake.expected])
    }

    @Test func load_severalMistakes_reportsAllInFileOrder() throws {
        let lines = try ConfigFile("""
            city: {title: Hà Nội, link: "https://hanoi.gov.vn/", timezone: Mars/Base}
            fetch: {timeout: soon}
            sources:
              - {id: a, url: "https://a.example/", exclude: ["("]}
              - {id: a, url: "https://a.example/", level: village}
              - {id: c}
            presets:
              p: {item: "//li"}
            """).errorLines()
        #expect(lines == [
            "feeds.yaml:1:64: bad time zone 'Mars/Base' for 'timezone': expected an IANA name like Asia/Ho_Chi_Minh",
            "feeds.yaml:2:18: bad duration 'soon' for 'timeout': expected e.g. 30s, 15m, 1h, 1h30m or 180d",
            "feeds.yaml:4:50: bad regex '(' in 'exclude': it does not compile",
            "feeds.yaml:5:10: duplicate source id 'a' (first defined at line 4)",
            "feeds.yaml:5:47: 'level' must be one of city, district, ward, commune, agency, found 'village'",
            "feeds.yaml:6:5: missing required key 'url' in source",
            "feeds.yaml:8:6: missing required key 'title' in preset 'p'",
            "feeds.yaml:8:6: missing required key 'link' in preset 'p'",
        ])
    }

    @Test func load_emptyFile_saysWhatIsExpected() throws {
        #expect(try ConfigFile("# nothing yet\n").errorLines() == [
            "feeds.yaml:1:1: the file is empty: expected a mapping with 'city' and 'sources'",
        ])
    }

    @Test func load_missingSections_reportsCityAndSources() throws {
        #expect(try ConfigFile("store: sqlite:x.sqlite\n").errorLines() == [
            "feeds.yaml:1:1: missing required key 'city' in the file",
            "feeds.yaml:1:1: missing required key 'sources' in the file",
        ])
    }

    @Test func configError_description_isOneLinePerProblem() {
        let error = ConfigError(problems: [
            .init(file: "feeds.yaml", line: 3, column: 5, message: "first"),
            .init(file: "feeds.yaml", line: 9, column: 1, message: "second"),
        ])
        #expect(error.description == "feeds.yaml:3:5: first\nfeeds.yaml:9:1: second")
    }
}
