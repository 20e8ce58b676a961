import WebText

/// Liferay 6.2 pages: the asset-publisher listing (`div.asset-abstract` blocks, the
/// "Ngày đăng … | View count: …" line, a page iterator), the journal article page
/// behind each item, and the portal's home page with feed autodiscovery.
enum LiferayRenderer {
    /// The listing page `page` (1-based) of `pageCount`, showing `items`.
    static func listing(_ items: ArraySlice<SimulatedItem>, page: Int, pageCount: Int, pageSize: Int, total: Int, _ context: PageContext) -> String {
        let portal = context.portal
        let instance = String(SeededGenerator.hash(portal.id) % 0xFFFF_FFFF, radix: 36)
        var out = head(title: "Tin tức - \(portal.title)", context) + """
        <div id="content"><div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_\(instance)_">
        <section class="portlet" id="portlet_101_INSTANCE_\(instance)">
        <header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">\(Markup.feedDescription)</span></h2></header>
        <div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">

        """
        for item in items {
            let link = Markup.liferay(item.link(base: ""))
            let title = Markup.liferay(item.title)
            out += """
            <div class="asset-abstract ">
            <div class="lfr-meta-actions asset-actions"></div>
            <h3 class="asset-title"><a href="\(link)">\(title)</a></h3>
            <div class="asset-content">
            <div class="asset-image"><a href="\(link)"><img alt="" src="\(item.imagePath)" /></a></div>
            <div class="assetPublishDate">Ngày đăng \(CivilTime(epoch: item.time).liferay) | View count: \(item.viewCount)</div>
            <div class="asset-summary">\(Markup.liferay(NewsWriter.excerpt(NewsWriter.summary(of: context.story(of: item)), limit: 200)))</div>
            <div class="asset-more"><a href="\(link)">Xem tiếp <span class="hide-accessible">về \(title)</span> »</a></div>
            </div>
            <div class="asset-metadata"></div>
            </div>

            """
        }
        out += pageIterator(page: page, pageCount: pageCount, first: (page - 1) * pageSize + 1, shown: items.count, total: total, context)
        out += "</div></div></div>\n</section>\n</div></div>\n" + foot(context)
        return out
    }

    /// The journal article page an item links to.
    static func article(_ item: SimulatedItem, _ context: PageContext) -> String {
        let story = context.story(of: item)
        let paragraphs = NewsWriter.paragraphs(of: story)
        var out = head(title: "\(item.title) - \(context.portal.title)", context, meta: """
        <meta property="og:title" content="\(Markup.liferay(item.title))" />
        <meta property="og:image" content="\(context.base)\(item.imagePath)" />
        <meta name="description" content="\(Markup.liferay(NewsWriter.excerpt(paragraphs[0], limit: 160)))" />

        """)
        out += """
        <div id="content"><div class="journal-content-article">
        <h1 class="article-title">\(Markup.liferay(item.title))</h1>
        <div class="article-meta"><span class="publish-date">Ngày đăng \(CivilTime(epoch: item.time).liferay)</span> | <span class="author">Tác giả: \(Markup.liferay(item.author))</span></div>
        <div class="article-body">\(Markup.articleHTML(paragraphs: paragraphs, image: item.imagePath, alt: item.title))</div>

        """
        if item.isRepublished {
            out += "<p class=\"article-source\">Nguồn: \(Markup.liferay(context.portals[story.origin].title))</p>\n"
        }
        return out + "</div></div>\n" + foot(context)
    }

    /// The home page, with `<link rel="alternate">` to the feed for feed portals.
    static func home(_ context: PageContext) -> String {
        let portal = context.portal
        let alternate: String = switch portal.format {
        case .rss: "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"\(Markup.liferay(portal.title))\" href=\"\(portal.path)\" />\n"
        case .atom: "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"\(Markup.liferay(portal.title))\" href=\"\(portal.path)\" />\n"
        case .jsonFeed: "<link rel=\"alternate\" type=\"application/feed+json\" title=\"\(Markup.liferay(portal.title))\" href=\"\(portal.path)\" />\n"
        case .liferayHTML, .listHTML: ""
        }
        return head(title: portal.title, context, meta: alternate)
            + "<div id=\"content\"><p>Chào mừng đến với \(Markup.liferay(portal.title)).</p>\n"
            + "<p><a href=\"\(portal.path)\">\(Markup.feedDescription)</a></p></div>\n" + foot(context)
    }

    private static func pageIterator(page: Int, pageCount: Int, first: Int, shown: Int, total: Int, _ context: PageContext) -> String {
        let path = context.portal.path
        func button(_ label: String, _ target: Int, _ kind: String, enabled: Bool) -> String {
            enabled
                ? "<li class=\"\(kind)\"><a href=\"\(path)?cur=\(target)\">\(label)</a></li>"
                : "<li class=\"disabled \(kind)\"><a href=\"javascript:;\">\(label)</a></li>"
        }
        return """
        <div class="taglib-page-iterator"><div class="search-results">Hiển thị \(min(first, total)) - \(first + shown - 1) của \(total) kết quả.</div>
        <ul class="pager lfr-pagination-buttons">
        \(button("&larr; Đầu", 1, "first", enabled: page > 1))
        \(button("Trước", page - 1, "previous", enabled: page > 1))
        \(button("Sau", page + 1, "next", enabled: page < pageCount))
        \(button("Cuối &rarr;", pageCount, "last", enabled: page < pageCount))
        </ul></div>

        """
    }

    private static func head(title: String, _ context: PageContext, meta: String = "") -> String {
        let portal = context.portal
        return """
        <!DOCTYPE html>
        <html class="ltr" dir="ltr" lang="vi-VN">
        <head>
        <title>\(Markup.liferay(title))</title>
        <meta content="text/html; charset=UTF-8" http-equiv="content-type" />
        \(meta)</head>
        <body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
        <div id="wrapper">
        <header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo" href="\(portal.homePath)" title="\(Markup.liferay(portal.title))"><img alt="\(Markup.liferay(portal.title))" src="/\(portal.id)/documents/logo.png" /></a></h1></div>
        <nav class="navigation"><ul><li><a href="\(portal.homePath)">Trang chủ</a></li><li class="selected"><a href="\(portal.path)">Tin tức</a></li></ul></nav></header>

        """
    }

    private static func foot(_ context: PageContext) -> String {
        "<footer id=\"footer\"><p>© \(Markup.liferay(context.portal.title)). Powered by Liferay Portal.</p></footer>\n</div>\n</body>\n</html>\n"
    }
}
