import FeedBridgeTestSupport
import Testing
import FeedParse

@Suite(.offCooperativePool) struct SanitizerTests {
    let sanitizer = HTMLSanitizer()
    static let base = "https://hanoi.gov.vn/tin-tuc/su-kien/bai-viet.html"

    func clean(_ html: String, base: String? = SanitizerTests.base) -> String {
        sanitizer.sanitize(html, baseURL: base)
    }

    @Test func sanitize_scriptStyleIframeForm_areRemovedWithTheirContent() {
        let html = #"<p>Tin <script>alert("x")</script>mới</p><style>p{color:red}</style>"#
            + #"<iframe src="https://evil.example/"><p>dự phòng</p></iframe>"#
            + #"<form action="/x"><input name="q"><button>Gửi</button><textarea><b>t</b></textarea></form>"#
            + #"<noscript>Bật JavaScript</noscript><svg><text>s</text></svg><object data="x.swf">o</object>"#
        #expect(clean(html) == "<p>Tin mới</p>")
    }

    @Test func sanitize_eventHandlersStyleClassId_areRemoved() {
        let html = #"<p class="lead" style="color:red" onclick="steal()" id="x" title="Tiêu đề" lang="vi">Nội dung</p>"#
        #expect(clean(html) == #"<p title="Tiêu đề" lang="vi">Nội dung</p>"#)
    }

    @Test(arguments: [
        #"<a href="javascript:alert(1)">Xem</a>"#,
        #"<a href="JaVaScRiPt:alert(1)">Xem</a>"#,
        "<a href=\"java\tscript:alert(1)\">Xem</a>",
        #"<a href="java&#9;script:alert(1)">Xem</a>"#,
        #"<a href="jav&#x0A;ascript:alert(1)">Xem</a>"#,
        #"<a href="&#106;avascript:alert(1)">Xem</a>"#,
        #"<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">Xem</a>"#,
        #"<a href=" &#14;  javascript:alert(1)">Xem</a>"#,
        #"<a href="vbscript:msgbox(1)">Xem</a>"#,
        #"<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Xem</a>"#,
    ])
    func sanitize_scriptURL_leavesOnlyTheLinkText(html: String) {
        #expect(clean(html) == "Xem")
    }

    @Test func sanitize_dataURL_keptOnlyForRasterImages() {
        #expect(clean(#"<img src="data:image/png;base64,iVBORw0KGgo=" alt="Ảnh">"#) == #"<img src="data:image/png;base64,iVBORw0KGgo=" alt="Ảnh">"#)
        #expect(clean(#"<p>Ảnh<img src="data:image/svg+xml,<svg onload=alert(1)>"></p>"#) == "<p>Ảnh</p>")
        #expect(clean(#"<p>Ảnh<img src="data:text/html,<script>alert(1)</script>"></p>"#) == "<p>Ảnh</p>")
        #expect(clean(#"<video poster="data:image/png;base64,iVBORw0KGgo=">v</video>"#) == "<video>v</video>")
    }

    @Test func sanitize_relativeURLs_areMadeAbsolute() {
        let html = #"<img src="../a.jpg"><img src="/a.jpg"><img src="//cdn.example/a.jpg"><a href="a.jpg?x=1&amp;y=2#f">tệp</a>"#
        #expect(clean(html) == #"<img src="https://hanoi.gov.vn/tin-tuc/a.jpg"><img src="https://hanoi.gov.vn/a.jpg">"#
            + #"<img src="https://cdn.example/a.jpg"><a href="https://hanoi.gov.vn/tin-tuc/su-kien/a.jpg?x=1&amp;y=2#f" rel="noopener noreferrer">tệp</a>"#)
    }

    @Test func sanitize_srcset_resolvesEachCandidate_andDropsUnsafeOnes() {
        let html = #"<img src="a.jpg" srcset="a-640.jpg 640w, /b.jpg 2x,javascript:alert(1) 3x, c.jpg bad">"#
        #expect(clean(html) == #"<img src="https://hanoi.gov.vn/tin-tuc/su-kien/a.jpg" srcset="https://hanoi.gov.vn/tin-tuc/su-kien/a-640.jpg 640w, https://hanoi.gov.vn/b.jpg 2x">"#)
    }

    @Test func sanitize_withoutBase_removesRelativeURLs() {
        #expect(clean(#"<a href="/x">Xem</a><img src="a.jpg"> <a href="https://a.vn/">A</a>"#, base: nil)
            == #"Xem <a href="https://a.vn/" rel="noopener noreferrer">A</a>"#)
    }

    @Test func sanitize_vietnameseEntities_decodeExactly() {
        #expect(clean("Ph&#432;&#7901;ng Ho&agrave;n Ki&#7871;m") == "Phường Hoàn Kiếm")
        #expect(clean("<p>Ph&#x1B0;&#x1EDD;ng Ba &#272;&igrave;nh</p>") == "<p>Phường Ba Đình</p>")
    }

    @Test func sanitize_entities_areReEscapedOnlyWhereNeeded() {
        #expect(clean("Hà&nbsp;Nội &#034;Thủ đô&#034; a &lt;b&gt; &amp; c") == "Hà\u{A0}Nội \"Thủ đô\" a &lt;b&gt; &amp; c")
    }

    @Test func sanitize_decomposedCharacterReferences_areComposedToNFC() {
        #expect(clean("<b>Vie&#803;&#770;t Nam</b>") == "<b>Việt Nam</b>")
    }

    @Test func sanitize_liferayDescription_keepsImageAndText() {
        let html = #"<p><img src="/documents/10182/2406398/hoi-nghi.jpg/a1b2?t=1550140020000" style="width: 600px; height: 400px;" class="img-responsive" alt=""> Sáng 14/2, UBND phường Hoàn Kiếm tổ chức hội nghị&nbsp;tổng kết năm 2024.</p>"#
        #expect(clean(html, base: "https://hoankiem.hanoi.gov.vn/tin-tuc") == #"<p><img src="https://hoankiem.hanoi.gov.vn/documents/10182/2406398/hoi-nghi.jpg/a1b2?t=1550140020000" alt=""> Sáng 14/2, UBND phường Hoàn Kiếm tổ chức hội nghị"# + "\u{A0}" + "tổng kết năm 2024.</p>")
    }

    @Test func sanitize_unclosedTags_areClosed() {
        #expect(clean("<p>Đoạn <b>đậm <i>nghiêng") == "<p>Đoạn <b>đậm <i>nghiêng</i></b></p>")
        #expect(clean("<ul><li>Một<li>Hai</ul>") == "<ul><li>Một</li><li>Hai</li></ul>")
        #expect(clean("<p>Một<p>Hai") == "<p>Một</p><p>Hai</p>")
    }

    @Test func sanitize_nestedTables_keepStructureAndCellSpans() {
        let html = #"<table border="1"><tr><td>Ngoài<table><tr><td colspan="2" width="5" style="x">Trong</td><th scope="COL" rowspan="x">T</th></tr></table></td></tr></table>"#
        #expect(clean(html) == #"<table><tr><td>Ngoài<table><tr><td colspan="2">Trong</td><th scope="col">T</th></tr></table></td></tr></table>"#)
    }

    @Test func sanitize_trackingPixel_isDropped_otherImagesKept() {
        #expect(clean(#"<p>Tin</p><img src="https://stats.example.vn/p.gif?id=1" width="1" height="1" alt="">"#) == "<p>Tin</p>")
        #expect(clean(#"<p>Tin</p><img src="/p.gif" width="0" height="0">"#) == "<p>Tin</p>")
        #expect(clean(#"<img src="/a.jpg" width="600px" height="1">"#) == #"<img src="https://hanoi.gov.vn/a.jpg" width="600" height="1">"#)
    }

    @Test func sanitize_imageWithoutSource_isDropped() {
        #expect(clean(#"<p>Ảnh: <img alt="không có nguồn"><img src="javascript:x"></p>"#) == "<p>Ảnh: </p>")
    }

    @Test func sanitize_commentsCDATAAndProcessingInstructions_areDropped() {
        #expect(clean("<p>A<!-- bí mật -->B<![CDATA[<script>x</script>]]>C<?php echo 1; ?>D</p>") == "<p>ABCD</p>")
    }

    @Test func sanitize_voidElementsAndAttributes_areWrittenHTMLStyle() {
        #expect(clean("Dòng 1<br/>Dòng 2<wbr>3") == "Dòng 1<br>Dòng 2<wbr>3")
        #expect(clean(#"<a href="/tim?q=a&amp;b=&quot;c&quot;" title="&quot;Trích&quot; &lt;dẫn&gt; &amp; c">x</a>"#)
            == #"<a href="https://hanoi.gov.vn/tim?q=a&amp;b=%22c%22" title="&quot;Trích&quot; &lt;dẫn&gt; &amp; c" rel="noopener noreferrer">x</a>"#)
    }

    @Test func sanitize_unknownElementsAndFont_keepTheirTextOnly() {
        #expect(clean(#"<o:p>x</o:p><nav>y</nav><font color="red" face="Arial">z</font><center>c</center>"#) == "xyz<center>c</center>")
    }

    @Test func sanitize_linkWithoutHref_staysText_mailtoKept() {
        #expect(clean(#"<a name="top">Đầu trang</a> <a href="mailto:vp@hanoi.gov.vn" target="_blank">vp</a>"#)
            == #"Đầu trang <a href="mailto:vp@hanoi.gov.vn" rel="noopener noreferrer">vp</a>"#)
    }

    @Test func sanitize_media_keepsAllowedAttributes() {
        let html = #"<video controls poster="/p.jpg" onplay="x()" autoplay><source src="/v.mp4" type="video/mp4">Không hỗ trợ</video>"#
        #expect(clean(html) == #"<video controls="" poster="https://hanoi.gov.vn/p.jpg"><source src="https://hanoi.gov.vn/v.mp4" type="video/mp4">Không hỗ trợ</video>"#)
    }

    @Test func sanitize_nothingToShow_isEmpty() {
        #expect(clean("") == "")
        #expect(clean(" \n\t ") == "")
        #expect(clean("<p>&nbsp;</p><script>x()</script>") == "")
        #expect(clean("<br><hr>") == "")
    }

    @Test func sanitize_plainText_isReturnedTrimmed() {
        #expect(clean("Tin tức Hà Nội") == "Tin tức Hà Nội")
        #expect(clean("\n  Tin tức Hà Nội\n") == "Tin tức Hà Nội")
        #expect(clean("a > b") == "a &gt; b")
    }

    @Test func sanitize_documentTricks_doNotChangeDecodingOrEndTheFragment() {
        #expect(clean(#"<meta charset="iso-8859-1">Hà Nội"#) == "Hà Nội")
        #expect(clean("<p>a</p></body></html><p>b</p>") == "<p>a</p><p>b</p>")
        #expect(clean("<html><head><title>T</title></head><body><p>Thân</p></body></html>") == "<p>Thân</p>")
    }

    @Test func sanitize_longText_survivesParserChunking() {
        let paragraph = String(repeating: "Phường Hoàn Kiếm &amp; phường Ba Đình&nbsp;— ", count: 400)
        let expected = String(repeating: "Phường Hoàn Kiếm &amp; phường Ba Đình\u{A0}— ", count: 400)
        #expect(clean("<p>\(paragraph)</p>") == "<p>\(expected)</p>")
    }

    @Test func sanitize_concurrentCalls_giveTheSameResults() async {
        let inputs = (0..<64).map { #"<p onclick="x()">Tin \#($0) <a href="/tin/\#($0)">xem</a><script>s()</script></p>"# }
        let expected = inputs.map { clean($0) }
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask { (index, HTMLSanitizer().sanitize(input, baseURL: Self.base)) }
            }
            var results = [String](repeating: "", count: inputs.count)
            for await (index, output) in group { results[index] = output }
            return results
        }
        #expect(results == expected)
        #expect(expected[7] == #"<p>Tin 7 <a href="https://hanoi.gov.vn/tin/7" rel="noopener noreferrer">xem</a></p>"#)
    }

    /// Vectors from the OWASP XSS filter evasion cheat sheet and mutation-XSS reports.
    @Test(arguments: [
        #"<IMG SRC="javascript:alert('XSS');">"#,
        #"<IMG SRC=JaVaScRiPt:alert('XSS')>"#,
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097>",
        #"<IMG SRC="jav&#x09;ascript:alert('XSS');">"#,
        #"<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>"#,
        #"<BODY onload!#$%&()*~+-_.,:;?@[/|\]^`=alert("XSS")>"#,
        #"<<SCRIPT>alert("XSS");//<</SCRIPT>"#,
        #"<IMG """><SCRIPT>alert("XSS")</SCRIPT>">"#,
        "<iframe src=http://xss.rocks/scriptlet.html <",
        "<svg/onload=alert('XSS')>",
        #"<div style="background-image: url(javascript:alert('XSS'))">x</div>"#,
        #"<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">"#,
        #"<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">"#,
        #"<TABLE BACKGROUND="javascript:alert('XSS')"><tr><td>x</td></tr></TABLE>"#,
        #"<LINK REL="stylesheet" HREF="javascript:alert('XSS');">"#,
        #"<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>"#,
        #"<EMBED SRC="data:image/svg+xml;base64,PHN2Zz4=" type="image/svg+xml">"#,
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        #"<noscript><p title="</noscript><img src=x onerror=alert(1)>">"#,
        "<img src=x onerror=alert(1)//",
        "<a href=\"javas\u{0}cript:alert(1)\">x</a>",
        "<form><button formaction=javascript:alert(1)>X</button></form>",
        #"<video><source onerror="alert(1)"></video>"#,
        #"<a href="javascript&colon;alert(1)">x</a>"#,
        #"<base href="javascript:/"><a href="x">x</a>"#,
        #"<img src="x" onerror="alert(1)" srcset="javascript:alert(1) 1x">"#,
        #"<p><![CDATA[<img src=x onerror=alert(1)>]]></p>"#,
        #"<?xml-stylesheet href="javascript:alert(1)"?><p>x</p>"#,
    ])
    func sanitize_xssVector_leavesNothingExecutable(html: String) {
        let output = clean(html).lowercased()
        for forbidden in ["<script", "javascript:", "<iframe", "<svg", "<math", "<style", "style=", "<meta", "<link", "<object", "<embed", "<form", "<button", "<base"] {
            #expect(!output.contains(forbidden), "\(forbidden) in \(output)")
        }
        #expect(output.firstMatch(of: /\son[a-z]+\s*=/) == nil, "event handler in \(output)")
    }

    @Test func sanitize_tagSplitByAnotherTag_leavesOnlyText() {
        #expect(clean("<scr<script>ipt>alert(1)</script>") == "ipt&gt;alert(1)")
        #expect(clean("<<SCRIPT>alert(1)//<</SCRIPT>") == "&lt;")
    }

    @Test func sanitize_unquotedAttributes_areReadLikeQuotedOnes() {
        #expect(clean("<a href=javascript:alert(1)>x</a>") == "x")
        #expect(clean("<a href=/tin/1 title=Tin>x</a>") == #"<a href="https://hanoi.gov.vn/tin/1" title="Tin" rel="noopener noreferrer">x</a>"#)
        #expect(clean("<a href=/a title='Tin \"mới\"'>x</a>") == #"<a href="https://hanoi.gov.vn/a" title="Tin &quot;mới&quot;" rel="noopener noreferrer">x</a>"#)
    }

    @Test func sanitize_tagCutByEndOfInput_isDropped() {
        #expect(clean("<p>Tin</p><img src=x onerror=alert(1)//") == "<p>Tin</p>")
        #expect(clean(#"<p>Tin</p><a href="/x"#) == "<p>Tin</p>")
    }

    @Test func sanitize_rawTextElements_skipToTheirOwnEndTag() {
        #expect(clean("<p>a<script>x</script >b<script>y</SCRIPT>c<script>z</scriptx>w</script>d</p>") == "<p>abcd</p>")
        #expect(clean("<textarea><b>x</b></textarea>a<title><b>t</b></title>b<xmp><b>x</b></xmp>c<noscript><img src=y></noscript>d") == "abcd")
        #expect(clean("<style>p{}</style><iframe>i</iframe><noembed>n</noembed><noframes>f</noframes>Tin<plaintext><b>rest") == "Tin")
        #expect(clean("<svg><script>alert(1)</script></svg>sau") == "sau")
    }

    @Test func sanitize_commentForms_endWhereHTMLEndsThem() {
        #expect(clean("<!--><script>alert(1)</script>sau") == "sau")
        #expect(clean("<!---->a<!--->b<!-- x --!>c<!-- y") == "abc")
        #expect(clean("</>a</ b>c<!x>d<?x>e<!DOCTYPE html>f") == "acdef")
    }

    @Test func sanitize_tagAndAttributeNames_areCaseInsensitive() {
        #expect(clean(#"<P>Chữ <B>đậm</B> <A HREF="/x" ONCLICK="x()">x</A></P>"#)
            == #"<p>Chữ <b>đậm</b> <a href="https://hanoi.gov.vn/x" rel="noopener noreferrer">x</a></p>"#)
    }

    @Test func sanitize_selfClosingSyntax_onlyMattersForVoidElements() {
        #expect(clean("<p/>x<br/>y") == "<p>x<br>y</p>")
        #expect(clean("<p>x</br>y") == "<p>x<br>y</p>")
    }

    @Test func sanitize_repeatedAttribute_firstOneWins() {
        #expect(clean(#"<a href="/a" href="javascript:x">một</a>"#) == #"<a href="https://hanoi.gov.vn/a" rel="noopener noreferrer">một</a>"#)
        #expect(clean(#"<a href="javascript:x" HREF="/a">hai</a>"#) == "hai")
    }

    @Test func sanitize_implicitlyClosedElements_closeAsInHTML() {
        #expect(clean("<table><tr><td>a<td>b<tr><td>c</table>") == "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
        #expect(clean("<dl><dt>a<dd>b<dt>c</dl>") == "<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>")
        #expect(clean("<h1>a<h2>b</h2>") == "<h1>a</h1><h2>b</h2>")
        #expect(clean("<a href=/1>một<a href=/2>hai</a>")
            == #"<a href="https://hanoi.gov.vn/1" rel="noopener noreferrer">một</a><a href="https://hanoi.gov.vn/2" rel="noopener noreferrer">hai</a>"#)
    }

    @Test func sanitize_deepNesting_staysBalanced() {
        let output = clean(String(repeating: "<div><b>", count: 1_000) + "sâu" + String(repeating: "</b></div>", count: 1_000))
        #expect(output.contains("sâu"))
        #expect(output.components(separatedBy: "<div>").count == output.components(separatedBy: "</div>").count)
        #expect(output.components(separatedBy: "<b>").count == output.components(separatedBy: "</b>").count)
    }

    @Test func sanitize_namedReferencesWithoutSemicolon_decodeOnlyTheLegacyOnes() {
        #expect(clean("a &amp b &lt c &copy d &notit; &nbspe &xyz;") == "a &amp; b &lt; c © d ¬it; \u{A0}e &amp;xyz;")
        #expect(clean(#"<a href="/x?a=1&copy=2&amp=3&lt;&amp;b">x</a>"#)
            == #"<a href="https://hanoi.gov.vn/x?a=1&amp;copy=2&amp;amp=3%3C&amp;b" rel="noopener noreferrer">x</a>"#)
        #expect(clean("<p title=a&ampb&amp=c&amp>x</p>") == #"<p title="a&amp;ampb&amp;amp=c&amp;">x</p>"#)
    }

    @Test func sanitize_numericReferences_followHTMLReplacements() {
        #expect(clean("&#0;|&#xD800;|&#x110000;|&#99999999999;|&#x80;|&#x9F;|&#150;|&#65|&#x41|&#;|&#x;")
            == "\u{FFFD}|\u{FFFD}|\u{FFFD}|\u{FFFD}|€|Ÿ|–|A|A|&amp;#;|&amp;#x;")
    }

    @Test func sanitize_referencesInURLs_areDecodedBeforeTheSchemeCheck() {
        #expect(clean(#"<a href="javascript&colon;alert(1)">x</a><a href="java&Tab;script:alert(1)">y</a><a href="&#x6A;avascript:x">z</a>"#) == "xyz")
    }

    @Test func sanitize_controlCharacters_areDropped() {
        #expect(clean("a\u{1}b&#1;c\u{0}d\u{B}e") == "abcde")
        #expect(clean("<p title=\"a\u{1}b\u{0}c\">x</p>") == "<p title=\"ab\u{FFFD}c\">x</p>")
    }
}
