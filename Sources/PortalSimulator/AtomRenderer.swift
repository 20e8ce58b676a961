import WebText

/// Atom 1.0 as Liferay's feed servlet (ROME) writes it: UTC `Z` dates, HTML summaries,
/// Dublin Core creator and date beside the Atom elements.
enum AtomRenderer {
    static func render(_ items: ArraySlice<SimulatedItem>, _ context: PageContext) -> String {
        let portal = context.portal
        let updated = CivilTime(epoch: context.updated(items), offsetHours: 0).rfc3339
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <title>\(Markup.xml(portal.title))</title>
          <link rel="alternate" href="\(context.base)/\(portal.id)/tin-tuc" />
          <link rel="self" href="\(context.base)\(portal.path)" />
          <subtitle>\(Markup.feedDescription)</subtitle>
          <id>\(context.base)\(portal.path)</id>
          <updated>\(updated)</updated>
          <dc:date>\(updated)</dc:date>

        """
        for item in items {
            let date = CivilTime(epoch: item.time, offsetHours: 0).rfc3339
            out += """
              <entry>
                <title>\(Markup.xml(item.title))</title>
                <link rel="alternate" href="\(Markup.xml(item.link(base: context.base)))" />
                <author>
                  <name>\(Markup.xml(item.author))</name>
                </author>
                <id>\(item.feedID(portal: portal, base: context.base, story: context.story(of: item)))</id>
                <updated>\(date)</updated>
                <published>\(date)</published>
                <summary type="html">\(Markup.xml(context.summaryHTML(item)))</summary>
                <dc:creator>\(Markup.xml(item.author))</dc:creator>
                <dc:date>\(date)</dc:date>
              </entry>

            """
        }
        out += "</feed>\n"
        return out
    }
}
