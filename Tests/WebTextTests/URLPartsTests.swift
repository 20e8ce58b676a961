import FeedBridgeTestSupport
import Testing
import WebText

/// The pieces every stage reads URLs with: the split, the authority, dot segments,
/// percent-encoding and tracking parameters.
@Suite(.offCooperativePool) struct URLPartsTests {
    func split(_ url: String) -> (authority: String?, host: String?, port: String?, path: String, query: String?, fragment: String?) {
        let bytes = Array(url.utf8)
        let parts = URIParts(bytes, from: URIParts.scheme(of: bytes).map { $0.upperBound + 1 } ?? 0)
        func text(_ range: Range<Int>?) -> String? { range.map { String(decoding: bytes[$0], as: UTF8.self) } }
        let authority = parts.authority.map { URIAuthority(bytes, $0) }
        return (text(parts.authority), text(authority?.host), text(authority?.port), text(parts.path) ?? "", text(parts.query), text(parts.fragment))
    }

    @Test func split_absoluteURL_givesEachComponent() {
        let parts = split("https://user@Hanoi.gov.vn:8443/tin-tuc/a.htm?id=5&p=2#binh-luan")
        #expect(parts.authority == "user@Hanoi.gov.vn:8443")
        #expect(parts.host == "Hanoi.gov.vn")
        #expect(parts.port == "8443")
        #expect(parts.path == "/tin-tuc/a.htm")
        #expect(parts.query == "id=5&p=2")
        #expect(parts.fragment == "binh-luan")
    }

    @Test func split_relativeReferences_haveNoAuthority() {
        #expect(split("/tin-tuc?x").authority == nil)
        #expect(split("/tin-tuc?x").path == "/tin-tuc")
        #expect(split("a.jpg#f").fragment == "f")
        #expect(split("//cdn.example/a").host == "cdn.example")
    }

    @Test func scheme_needsALetterFirst_andOnlySchemeCharacters() {
        #expect(URIParts.scheme(of: Array("HTTPS://a".utf8)) == 0..<5)
        #expect(URIParts.scheme(of: Array("svn+ssh://a".utf8)) == 0..<7)
        #expect(URIParts.scheme(of: Array("1http://a".utf8)) == nil)
        #expect(URIParts.scheme(of: Array("/a:b".utf8)) == nil)
        #expect(URIParts.scheme(of: Array(":a".utf8)) == nil)
        #expect(URIParts.scheme(of: Array("a#b:c".utf8)) == nil)
    }

    @Test func authority_userInfoEndsAtTheLastAt_andIPv6KeepsItsBrackets() {
        #expect(split("http://a@b@host:80/").host == "host")
        #expect(split("http://[::1]:8080/").host == "[::1]")
        #expect(split("http://[::1]:8080/").port == "8080")
        #expect(split("http://[::1]/").port == nil)
        #expect(split("http://host:/").port == "")
        #expect(split("http://:80/").host == "")
    }

    @Test func authority_brokenIPLiteral_isNotWellFormed() {
        for url in ["http://[::1/a", "http://[::1]x/a"] {
            let bytes = Array(url.utf8)
            let authority = URIParts(bytes, from: 5).authority.map { URIAuthority(bytes, $0) }
            #expect(authority?.isWellFormed == false, "\(url)")
        }
        let bytes = Array("http://[::1]:80/".utf8)
        #expect(URIParts(bytes, from: 5).authority.map { URIAuthority(bytes, $0).isWellFormed } == true)
    }

    /// RFC 3986 §5.2.4 and the paths of the canonical-URL table.
    @Test(arguments: [
        ("/a/b/c/./../../g", "/a/g"), ("mid/content=5/../6", "mid/6"), ("/a/./b/../c", "/a/c"), ("/../a", "/a"),
        ("/a/b/..", "/a/"), ("/a/.", "/a/"), ("/.", "/"), ("/..", "/"), ("/./", "/"), ("/a//b/../c", "/a//c"),
        ("/.a/..b/c.", "/.a/..b/c."), ("/a/b", "/a/b"), ("", ""),
    ])
    func dotSegments_areRemoved(path: String, expected: String) {
        var bytes = Array(path.utf8)
        DotSegments.remove(from: &bytes, start: 0)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test func dotSegments_onlyAfterStart() {
        var bytes = Array("http://a/b/../c".utf8)
        DotSegments.remove(from: &bytes, start: 8)
        #expect(String(decoding: bytes, as: UTF8.self) == "http://a/c")
    }

    @Test(arguments: [
        ("a%2fb%7e%41", "a%2Fb~A"), ("100%", "100%25"), ("%zz", "%25zz"), ("tin tuc", "tin%20tuc"),
        ("tin-t%E1%BB%A9c", "tin-tức"), ("%E1%BB", "%E1%BB"), ("%C3%A0%E1", "à%E1"), ("a\"<>b", "a%22%3C%3Eb"),
        ("/a/%2E%2E/b", "/a/../b"), ("Hà%20Nội", "Hà%20Nội"),
    ])
    func percentEncoding_pathIsNormalized(raw: String, expected: String) {
        #expect(PercentEncoding.normalized(Array(raw.utf8)[...], keeping: PercentEncoding.pathASCII) == expected)
    }

    @Test func percentEncoding_queryKeepsItsSeparatorsEscaped() {
        #expect(PercentEncoding.normalized(Array("x=%3d%26".utf8)[...], keeping: PercentEncoding.queryASCII) == "x=%3D%26")
        #expect(PercentEncoding.normalized(Array("a&b".utf8)[...], keeping: PercentEncoding.queryASCII) == "a%26b")
    }

    @Test func percentEncoding_escapingAllButUnreserved_escapesPercentToo() {
        #expect(PercentEncoding.escapingAllButUnreserved("ba-dinh_1.~") == "ba-dinh_1.~")
        #expect(PercentEncoding.escapingAllButUnreserved("a b/c%đ") == "a%20b%2Fc%25%C4%91")
    }

    @Test func trackingParameters_areRemoved_andTheRestSortedStably() {
        let query = "utm_source=x&b=2&fbclid=1&a=1&UTM_Medium=rss&tag=z&tag=y&&zarsrc=30"
        #expect(TrackingParameters.cleanedQuery(Array(query.utf8)[...]) == "a=1&b=2&tag=z&tag=y")
        #expect(TrackingParameters.cleanedQuery(Array("utm_campaign=c&gclid=2".utf8)[...]) == nil)
        #expect(TrackingParameters.isTracking("MC_EID"))
        #expect(!TrackingParameters.isTracking("id"))
    }

    @Test func trackingParameters_removedFromALink_leaveTheRestAsWritten() {
        #expect(TrackingParameters.removed(from: "https://x.vn/a?utm_source=zalo&b=2&a=1&fbclid=z#top") == "https://x.vn/a?b=2&a=1#top")
        #expect(TrackingParameters.removed(from: "https://x.vn/a?utm%5Fsource=x") == "https://x.vn/a")
        #expect(TrackingParameters.removed(from: "https://x.vn/a?id=1&&utm_medium=rss") == "https://x.vn/a?id=1")
        #expect(TrackingParameters.removed(from: "https://x.vn/a?id=1#utm_source=x") == "https://x.vn/a?id=1#utm_source=x")
        #expect(TrackingParameters.removed(from: "https://x.vn/tin-tuc") == "https://x.vn/tin-tuc")
    }
}
