import Foundation

/// Renders a portal's source (feed or listing pages) into resources keyed by request path.
struct SiteRenderer {
    let timeline: NewsTimeline
    let base: String
    let configuration: SimulatorConfiguration
    /// The simulated start in epoch seconds, the date of a portal without items.
    let start: Int

    /// The source's resources: `path` (page 1), `path?cur=N` or `path?page=N` for later
    /// listing pages, and the same under `movedPath` for a portal that moved.
    func source(_ index: Int) throws -> [String: RenderedResource] {
        let portal = timeline.portals[index]
        let context = PageContext(base: base, portal: portal, stories: timeline.stories, portals: timeline.portals, start: start)
        var pages: [(query: String, resource: RenderedResource)] = []
        switch portal.format {
        case .rss, .atom, .jsonFeed:
            let items = timeline.newest(index, count: configuration.itemsPerFeed)
            let text = switch portal.format {
            case .rss: RSSRenderer.render(items, context)
            case .atom: AtomRenderer.render(items, context)
            default: JSONFeedRenderer.render(items, context)
            }
            let type = portal.format == .rss ? RenderedResource.rss : portal.format == .atom ? RenderedResource.atom : RenderedResource.jsonFeed
            pages.append(("", try RenderedResource(text: broken(text, portal), contentType: type, modified: items.first?.time ?? start)))
        case .liferayHTML, .listHTML:
            let pageSize = max(configuration.itemsPerPage, 1)
            let total = min(timeline.items[index].count, pageSize * max(configuration.listingPages, 1))
            let pageCount = max(1, (total + pageSize - 1) / pageSize)
            let newest = timeline.newest(index, count: 1).first?.time ?? start
            for page in 1...pageCount {
                let items = timeline.newest(index, count: min(pageSize, total - (page - 1) * pageSize), offset: (page - 1) * pageSize)
                let text = portal.format == .liferayHTML
                    ? LiferayRenderer.listing(items, page: page, pageCount: pageCount, pageSize: pageSize, total: total, context)
                    : ListPageRenderer.listing(items, page: page, pageCount: pageCount, context)
                let query = page == 1 ? "" : (portal.format == .liferayHTML ? "?cur=\(page)" : "?page=\(page)")
                pages.append((query, try RenderedResource(text: text, contentType: RenderedResource.html, modified: newest)))
            }
        }
        var resources: [String: RenderedResource] = [:]
        for page in pages {
            resources[portal.path + page.query] = page.resource
            resources[portal.movedPath + page.query] = page.resource
        }
        return resources
    }

    /// The portal's home page.
    func home(_ index: Int) throws -> RenderedResource {
        let portal = timeline.portals[index]
        let context = PageContext(base: base, portal: portal, stories: timeline.stories, portals: timeline.portals, start: start)
        return try RenderedResource(text: LiferayRenderer.home(context), contentType: RenderedResource.html, modified: start)
    }

    /// An item's article page.
    func article(_ item: SimulatedItem) throws -> RenderedResource {
        let portal = timeline.portals[item.portal]
        let context = PageContext(base: base, portal: portal, stories: timeline.stories, portals: timeline.portals, start: start)
        return try RenderedResource(text: LiferayRenderer.article(item, context), contentType: RenderedResource.html, modified: item.time)
    }

    /// The feed text with the portal's malformation, if its fault is one.
    private func broken(_ text: String, _ portal: SimulatedPortal) -> String {
        guard case .malformed(let kind) = portal.behaviour.fault else { return text }
        let description = ">\(Markup.feedDescription)<"
        switch kind {
        case .unescapedAmpersand:
            return text.replacingFirst(description, with: ">Tin tức & Sự kiện<")
        case .undefinedEntity:
            return text.replacingFirst(description, with: ">Tin tức&nbsp;- Sự kiện<")
        case .truncated:
            let cut = text.utf8.count * 3 / 5
            let prefix = text.utf8.prefix(cut)
            let end = prefix.lastIndex(of: UInt8(ascii: "<")) ?? prefix.endIndex
            return String(text[..<end]) + "<"
        }
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
