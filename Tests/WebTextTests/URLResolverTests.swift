import FeedBridgeTestSupport
import Testing
import WebText

@Suite(.offCooperativePool) struct URLResolverTests {
    static let base = "https://hanoi.gov.vn/tin-tuc/su-kien/bai-viet.html"

    @Test func resolve_linkWrappedInWhitespace_isTrimmed() {
        #expect(URLResolver.resolve("\n  https://a.vn/x \n", against: nil) == "https://a.vn/x")
        #expect(URLResolver.resolve("\u{A0}https://a.vn/x\t", against: nil) == "https://a.vn/x")
    }

    @Test func resolve_nonASCIIAndSpaces_arePercentEncodedAsUTF8() {
        #expect(URLResolver.resolve("https://hanoi.gov.vn/tin tức/ảnh.jpg", against: nil) == "https://hanoi.gov.vn/tin%20t%E1%BB%A9c/%E1%BA%A3nh.jpg")
        #expect(URLResolver.resolve("ảnh đẹp.jpg", against: Self.base) == "https://hanoi.gov.vn/tin-tuc/su-kien/%E1%BA%A3nh%20%C4%91%E1%BA%B9p.jpg")
    }

    @Test func resolve_existingEscapes_areKept_andStrayPercentIsEscaped() {
        #expect(URLResolver.resolve("/a%20b%zz?q=%E1%BB", against: Self.base) == "https://hanoi.gov.vn/a%20b%25zz?q=%E1%BB")
    }

    @Test(arguments: [
        ("../a.jpg", "https://hanoi.gov.vn/tin-tuc/a.jpg"),
        ("/a.jpg", "https://hanoi.gov.vn/a.jpg"),
        ("//cdn.example/a.jpg", "https://cdn.example/a.jpg"),
        ("a.jpg?x=1#f", "https://hanoi.gov.vn/tin-tuc/su-kien/a.jpg?x=1#f"),
        ("./../../../a.jpg", "https://hanoi.gov.vn/a.jpg"),
        ("..\\anh\\a.jpg", "https://hanoi.gov.vn/tin-tuc/anh/a.jpg"),
        ("#muc-1", "https://hanoi.gov.vn/tin-tuc/su-kien/bai-viet.html#muc-1"),
    ])
    func resolve_relativeReference_againstBaseWithPath(reference: String, expected: String) {
        #expect(URLResolver.resolve(reference, against: Self.base) == expected)
    }

    @Test func resolve_baseWithQuery_keepsItOnlyForSameDocumentReferences() {
        let base = "https://a.vn/tin-tuc?page=1"
        #expect(URLResolver.resolve("?page=2", against: base) == "https://a.vn/tin-tuc?page=2")
        #expect(URLResolver.resolve("#top", against: base) == "https://a.vn/tin-tuc?page=1#top")
        #expect(URLResolver.resolve("bai-1", against: base) == "https://a.vn/bai-1")
    }

    /// RFC 3986 §5.4, except `g:h` (an unknown scheme, refused) and `""` (empty, refused).
    @Test(arguments: [
        ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"), ("/g", "http://a/g"),
        ("//g", "http://g/"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"), ("#s", "http://a/b/c/d;p?q#s"),
        ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"), (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"),
        ("g;x?y#s", "http://a/b/c/g;x?y#s"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
        ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../", "http://a/"), ("../../g", "http://a/g"),
        ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"), ("/./g", "http://a/g"), ("/../g", "http://a/g"),
        ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"),
        ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"), ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
        ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"), ("g?y/./x", "http://a/b/c/g?y/./x"),
        ("g?y/../x", "http://a/b/c/g?y/../x"), ("g#s/./x", "http://a/b/c/g#s/./x"), ("g#s/../x", "http://a/b/c/g#s/../x"),
    ])
    func resolve_rfc3986Examples_matchTheSpec(reference: String, expected: String) {
        #expect(URLResolver.resolve(reference, against: "http://a/b/c/d;p?q") == expected)
    }

    @Test func resolve_allowedSchemes_areKept_withSchemeAndHostLowercased() {
        #expect(URLResolver.resolve("mailto:vanphong@hanoi.gov.vn", against: Self.base) == "mailto:vanphong@hanoi.gov.vn")
        #expect(URLResolver.resolve("MAILTO:VanPhong@hanoi.gov.vn", against: nil) == "mailto:VanPhong@hanoi.gov.vn")
        #expect(URLResolver.resolve("tel:+84 24 3825 3536", against: nil) == "tel:+84%2024%203825%203536")
        #expect(URLResolver.resolve("magnet:?xt=urn:btih:abc", against: nil) == "magnet:?xt=urn:btih:abc")
        #expect(URLResolver.resolve("ftp://files.hanoi.gov.vn/a.pdf", against: nil) == "ftp://files.hanoi.gov.vn/a.pdf")
        #expect(URLResolver.resolve("HTTPS://HaNoi.Gov.VN/Tin-Tuc", against: nil) == "https://hanoi.gov.vn/Tin-Tuc")
        #expect(URLResolver.resolve("http://hanoi.gov.vn", against: nil) == "http://hanoi.gov.vn/")
    }

    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        " \u{1}javascript:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd", "data:text/html,<script>alert(1)</script>",
        "c:\\windows\\a.jpg", "http:///no-host", "https://:443/", "", "  \n ",
    ])
    func resolve_unsafeOrUnusableReference_isRefused(reference: String) {
        #expect(URLResolver.resolve(reference, against: Self.base) == nil)
    }

    @Test func resolve_dataURL_onlyWhenAllowed() {
        #expect(URLResolver.resolve("data:image/png;base64,iVBORw0KGgo=", against: nil) == nil)
        #expect(URLResolver.resolve("data:image/png;base64,iVBORw0KGgo=", against: nil, allowData: true) == "data:image/png;base64,iVBORw0KGgo=")
    }

    @Test func resolve_relativeReference_withoutUsableBase_isRefused() {
        #expect(URLResolver.resolve("/a.jpg", against: nil) == nil)
        #expect(URLResolver.resolve("//cdn.example/a.jpg", against: nil) == nil)
        #expect(URLResolver.resolve("a.jpg", against: "/tin-tuc/") == nil)
        #expect(URLResolver.resolve("a.jpg", against: "mailto:a@b.vn") == nil)
        #expect(URLResolver.resolve("https://a.vn/x", against: "/tin-tuc/") == "https://a.vn/x")
    }

    @Test func resolve_userInfoAndPort_areKept() {
        #expect(URLResolver.resolve("//User@CDN.example:8080/a", against: Self.base) == "https://User@cdn.example:8080/a")
    }
}
