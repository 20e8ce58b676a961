import WebText

/// A plain news list of an older portal: `ul/li` with a link and a `span.date`
/// like "(14/02/2019)", paged with `?page=N`.
enum ListPageRenderer {
    static func listing(_ items: ArraySlice<SimulatedItem>, page: Int, pageCount: Int, _ context: PageContext) -> String {
        let portal = context.portal
        var out = """
        <html>
        <head>
        <meta charset="utf-8">
        <title>Tin tức sự kiện | \(Markup.liferay(portal.title))</title>
        </head>
        <body>
        <div class="header"><a href="\(portal.homePath)"><img src="/\(portal.id)/documents/logo.png" alt="\(Markup.liferay(portal.title))"></a></div>
        <div class="main">
        <h2 class="title-cat">\(Markup.feedDescription)</h2>
        <div class="news-list">
        <ul>

        """
        for item in items {
            let title = Markup.liferay(item.title)
            out += "<li><a href=\"\(Markup.liferay(item.link(base: "")))\" title=\"\(title)\">\(title)</a> <span class=\"date\">(\(CivilTime(epoch: item.time).dayMonthYear))</span></li>\n"
        }
        out += "</ul>\n</div>\n<div class=\"paging\">"
        if page > 1 { out += "<a class=\"prev\" href=\"\(portal.path)?page=\(page - 1)\">Trang trước</a> " }
        if page < pageCount { out += "<a class=\"next\" href=\"\(portal.path)?page=\(page + 1)\">Trang sau</a>" }
        out += "</div>\n</div>\n</body>\n</html>\n"
        return out
    }
}
