import FeedBridgeTestSupport
import Testing
import WebText

/// HTTP dates, entity-tag preconditions and `Accept-Encoding`, as RFC 9110 reads them.
@Suite(.offCooperativePool) struct HTTPFieldTests {
    @Test(arguments: ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"])
    func parse_everyHTTPDateForm_givesTheSameMoment(text: String) {
        #expect(HTTPDate.parse(text) == 784_111_777)
    }

    @Test func format_isIMFFixdate() {
        #expect(HTTPDate.format(secondsSince1970: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("06 Nov 1994 08:49:37") == nil)
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 25:49:37 GMT") == nil)
    }

    @Test func ifNoneMatch_comparesWeaklyAcrossAList() {
        let tag = "\"abc\""
        #expect(EntityTag.ifNoneMatch("\"abc\"", matches: tag))
        #expect(EntityTag.ifNoneMatch("W/\"abc\"", matches: tag))
        #expect(EntityTag.ifNoneMatch("\"x\",  \"abc\"", matches: tag))
        #expect(EntityTag.ifNoneMatch("\"a,b\", \"abc\"", matches: tag))
        #expect(EntityTag.ifNoneMatch("*", matches: tag))
        #expect(!EntityTag.ifNoneMatch("\"abcd\"", matches: tag))
        #expect(!EntityTag.ifNoneMatch("abc", matches: tag))
        #expect(!EntityTag.ifNoneMatch("", matches: tag))
    }

    @Test func strong_sameBytesSameTag_otherRepresentationOtherTag() {
        let bytes = Array("Tin tức".utf8)
        #expect(EntityTag.strong(of: bytes) == EntityTag.strong(of: bytes))
        #expect(EntityTag.strong(of: bytes).count == 18)
        #expect(EntityTag.strong(of: bytes, suffix: "-gz") != EntityTag.strong(of: bytes))
        #expect(EntityTag.strong(of: bytes) != EntityTag.strong(of: Array("Tin tuc".utf8)))
    }

    @Test func allowsGzip_readsCodingsAndQualities() {
        #expect(AcceptEncoding.allowsGzip("gzip, deflate, br"))
        #expect(AcceptEncoding.allowsGzip("br;q=1.0, GZIP;q=0.5"))
        #expect(AcceptEncoding.allowsGzip("*"))
        #expect(!AcceptEncoding.allowsGzip(nil))
        #expect(!AcceptEncoding.allowsGzip("gzip;q=0"))
        #expect(!AcceptEncoding.allowsGzip("*, gzip;q=0"))
        #expect(!AcceptEncoding.allowsGzip("identity, br"))
    }
}
