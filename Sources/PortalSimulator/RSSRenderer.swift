import WebText

/// RSS 2.0 in the style of baochinhphu.vn: CDATA descriptions with a linked thumbnail,
/// `+0700` dates; half the portals put titles in CDATA and give `isPermaLink="false"` guids.
enum RSSRenderer {
    static func render(_ items: ArraySlice<SimulatedItem>, _ context: PageContext) -> String {
        let portal = context.portal
        let styled = portal.usesCDATAStyle
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
        <title>\(Markup.xml(portal.title))</title>
        <link>\(context.base)\(portal.homePath)</link>
        <description>\(Markup.feedDescription)</description>
        <language>vi-VN</language>
        <copyright>© \(Markup.xml(portal.title))</copyright>
        <atom:link href="\(context.base)\(portal.path)" rel="self" type="application/rss+xml" />
        <lastBuildDate>\(CivilTime(epoch: context.updated(items)).rfc822)</lastBuildDate>
        <generator>Cổng thông tin điện tử</generator>
        <image><url>\(context.base)/\(portal.id)/documents/logo.png</url><title>\(Markup.xml(portal.title))</title><link>\(context.base)\(portal.homePath)</link></image>

        """
        for item in items {
            let link = Markup.xml(item.link(base: context.base))
            let title = styled ? "<![CDATA[\(item.title)]]>" : Markup.xml(item.title)
            let id = item.feedID(portal: portal, base: context.base, story: context.story(of: item))
            let guid = styled ? "<guid isPermaLink=\"false\">\(id)</guid>" : "<guid>\(id)</guid>"
            let summary = Markup.liferay(NewsWriter.summary(of: context.story(of: item)))
            out += """
            <item>
            <title>\(title)</title>
            <link>\(link)</link>
            \(guid)
            <description><![CDATA[<a href="\(link)"><img src="\(context.base)\(item.imagePath)" alt="" width="180" /></a>\(summary)]]></description>
            <pubDate>\(CivilTime(epoch: item.time).rfc822)</pubDate>
            <category>\(Markup.xml(context.story(of: item).category))</category>
            </item>

            """
        }
        out += "</channel>\n</rss>\n"
        return out
    }
}
