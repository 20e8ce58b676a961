import FeedBridgeTestSupport
import FeedMerge
import Testing

@Suite(.offCooperativePool) struct CanonicalURLTests {
    /// (link as a portal writes it, canonical form)
    static let table: [(String, String)] = [
        // scheme and host case; the path keeps its case
        ("HTTP://Hanoi.GOV.vn/Tin-Tuc", "http://hanoi.gov.vn/Tin-Tuc"),
        ("hTtPs://HANOI.gov.vn/a", "https://hanoi.gov.vn/a"),
        // ports
        ("http://hanoi.gov.vn:80/a", "http://hanoi.gov.vn/a"),
        ("https://hanoi.gov.vn:443/a", "https://hanoi.gov.vn/a"),
        ("http://hanoi.gov.vn:8080/a", "http://hanoi.gov.vn:8080/a"),
        ("https://hanoi.gov.vn:80/a", "https://hanoi.gov.vn:80/a"),
        ("http://hanoi.gov.vn:/a", "http://hanoi.gov.vn/a"),
        ("http://[::1]:8080/a", "http://[::1]:8080/a"),
        // empty path, trailing dot of the host, surrounding spaces, user info
        ("http://hanoi.gov.vn", "http://hanoi.gov.vn/"),
        ("http://hanoi.gov.vn./a", "http://hanoi.gov.vn/a"),
        ("  http://hanoi.gov.vn/a\n", "http://hanoi.gov.vn/a"),
        ("http://user@hanoi.gov.vn/a", "http://user@hanoi.gov.vn/a"),
        // fragments
        ("http://hanoi.gov.vn/a#binh-luan", "http://hanoi.gov.vn/a"),
        ("http://hanoi.gov.vn/a?id=5#top", "http://hanoi.gov.vn/a?id=5"),
        // tracking parameters
        ("http://hanoi.gov.vn/a?utm_source=ba-dinh&utm_medium=rss&utm_campaign=tin-tuc", "http://hanoi.gov.vn/a"),
        ("http://hanoi.gov.vn/a?id=5&utm_campaign=c&fbclid=IwAR0x", "http://hanoi.gov.vn/a?id=5"),
        ("http://hanoi.gov.vn/a?gclid=1&msclkid=2&_ga=3&yclid=4&igshid=5&mc_cid=6&mc_eid=7&dclid=8&p=1", "http://hanoi.gov.vn/a?p=1"),
        ("http://hanoi.gov.vn/a?UTM_Source=x&b=1&zarsrc=30", "http://hanoi.gov.vn/a?b=1"),
        // sorted query, stable for repeated names; empty query and empty parameters dropped
        ("http://hanoi.gov.vn/a?b=2&a=1&c=3", "http://hanoi.gov.vn/a?a=1&b=2&c=3"),
        ("http://hanoi.gov.vn/a?tag=z&a=1&tag=y", "http://hanoi.gov.vn/a?a=1&tag=z&tag=y"),
        ("http://hanoi.gov.vn/a?", "http://hanoi.gov.vn/a"),
        ("http://hanoi.gov.vn/a?&&p_id=7&", "http://hanoi.gov.vn/a?p_id=7"),
        // dot segments
        ("http://hanoi.gov.vn/a/./b/../c", "http://hanoi.gov.vn/a/c"),
        ("http://hanoi.gov.vn/../a", "http://hanoi.gov.vn/a"),
        ("http://hanoi.gov.vn/a/b/..", "http://hanoi.gov.vn/a/"),
        ("http://hanoi.gov.vn/a/%2E%2E/b", "http://hanoi.gov.vn/b"),
        // percent-encoding: hex case, unreserved decoded, reserved kept, stray % escaped
        ("http://hanoi.gov.vn/a%2fb%7e%41", "http://hanoi.gov.vn/a%2Fb~A"),
        ("http://hanoi.gov.vn/a?x=%3d%26", "http://hanoi.gov.vn/a?x=%3D%26"),
        ("http://hanoi.gov.vn/100%", "http://hanoi.gov.vn/100%25"),
        ("http://hanoi.gov.vn/tin tuc", "http://hanoi.gov.vn/tin%20tuc"),
        // Unicode: encoded UTF-8 and raw characters are one path; broken UTF-8 stays encoded
        ("http://hanoi.gov.vn/tin-t%E1%BB%A9c", "http://hanoi.gov.vn/tin-tức"),
        ("http://hanoi.gov.vn/tin-tức", "http://hanoi.gov.vn/tin-tức"),
        ("http://hanoi.gov.vn/%E1%BB", "http://hanoi.gov.vn/%E1%BB"),
        ("http://Hà-Nội.VN/tin-tức?q=Hà%20Nội", "http://hà-nội.vn/tin-tức?q=Hà%20Nội"),
        ("http://xn--h-ni-4qa5q.vn/a", "http://xn--h-ni-4qa5q.vn/a"),
    ]

    @Test(arguments: table)
    func canonical_portalLink_isCanonicalForm(link: String, expected: String) {
        #expect(CanonicalURL.canonical(link) == expected)
    }

    @Test(arguments: [
        "ftp://hanoi.gov.vn/a", "mailto:vanphong@hanoi.gov.vn", "javascript:alert(1)", "/tin-tuc/a.htm",
        "hanoi.gov.vn/a", "", "http://", "http:/hanoi.gov.vn/a", "http://hanoi.gov.vn:port/a",
        "http://hanoi.gov.vn:99999/a", "data:text/html,hi", "http://[::1/a",
    ])
    func canonical_notAnAbsoluteHTTPLink_isNil(link: String) {
        #expect(CanonicalURL.canonical(link) == nil)
        #expect(CanonicalURL.matchKey(link) == nil)
    }

    @Test func canonical_isIdempotent() {
        for (link, _) in Self.table {
            let once = CanonicalURL.canonical(link)
            #expect(once.flatMap(CanonicalURL.canonical) == once, "\(link)")
        }
    }

    @Test func matchKey_httpHTTPSAndWWW_areEqual() {
        let copies = [
            "http://hanoi.gov.vn/tin-tuc/a-42.htm",
            "https://hanoi.gov.vn/tin-tuc/a-42.htm",
            "http://www.hanoi.gov.vn/tin-tuc/a-42.htm",
            "HTTPS://WWW.Hanoi.gov.vn:443/tin-tuc/./a-42.htm?utm_source=ba-dinh#top",
        ]
        let keys = Set(copies.map(CanonicalURL.matchKey))
        #expect(keys == ["hanoi.gov.vn/tin-tuc/a-42.htm"])
        // The canonical form keeps the scheme and the www.: only matching ignores them.
        #expect(Set(copies.map(CanonicalURL.canonical)).count == copies.count)
    }

    @Test func matchKey_otherPageOrPort_differs() {
        let key = CanonicalURL.matchKey("http://hanoi.gov.vn/a")
        #expect(CanonicalURL.matchKey("http://hanoi.gov.vn/b") != key)
        #expect(CanonicalURL.matchKey("http://hanoi.gov.vn:8080/a") != key)
        #expect(CanonicalURL.matchKey("http://ba-dinh.hanoi.gov.vn/a") != key)
        #expect(CanonicalURL.matchKey("http://hanoi.gov.vn/a?id=2") != key)
        #expect(CanonicalURL.matchKey("http://www/a") == "www/a")
    }
}
