import FeedConfig
import FeedFetch
import FeedModel
import FeedParse
import FeedStore
import Foundation

extension Aggregator {
    /// The items of a fetched listing, with more pages on a source's first fetch.
    ///
    /// A source seen for the first time whose HTML rules set `max_pages` has its
    /// `next_page` links followed, one page after the other, so its history starts with
    /// more than the first page; later fetches read only the first page. A next page
    /// that fails ends the paging: the pages read so far count.
    func readPages(_ first: FetchResult, reader: SourceReader, state: FetchState) async -> Result<Feed, SourceReadError> {
        let source = reader.source
        let result = reader.read(first, lastItemCount: state.lastItemCount)
        guard case .success(var feed) = result, state.lastSuccess == nil,
              let maxPages = source.html?.maxPages, maxPages > 1 else { return result }
        var seen: Set<String> = [first.finalURL]
        var pages = 1
        while pages < maxPages, let next = feed.nextPage, seen.insert(next).inserted {
            let page = await fetcher.fetch(FetchRequest(source, url: next))
            guard page.outcome == .ok, case .success(let more) = reader.read(page, lastItemCount: nil) else { break }
            feed.items += more.items
            feed.nextPage = more.nextPage
            pages += 1
        }
        return .success(feed)
    }

    /// The items with their article pages read, for sources with `article:` rules: each
    /// new or edited item's page is fetched once (under the fetcher's per-host limit) and
    /// gives the full content, a more precise date, the author and an image. The content
    /// hash stays the listing's, so the next fetch of an unchanged listing changes nothing.
    /// An article that cannot be fetched or read leaves its item as the listing shows it.
    func enrich(_ items: [KeyedItem], source: Source) async throws -> [KeyedItem] {
        guard let rules = source.html?.article, !items.isEmpty else { return items }
        let known = try store.knownContentHashes(sourceID: source.id, keys: items.map(\.key))
        var requests: [FetchRequest] = []
        for (index, keyed) in items.enumerated() {
            guard let link = keyed.item.link else { continue }
            switch known[keyed.key] {
            case .none: break                                              // new
            case .some(.some(let hash)) where hash != keyed.contentHash: break  // edited
            default: continue                                              // unchanged, or forgotten
            }
            requests.append(FetchRequest(source, url: link, index: index))
        }
        var enriched = items
        for await page in fetcher.fetch(requests) where page.outcome == .ok {
            guard let index = page.request.index else { continue }
            let options = ParseOptions(baseURL: page.finalURL, contentType: page.headers.contentType, timeZone: source.timezone)
            guard let article = try? ArticleReader(rules: rules, options: options).read(page.body) else { continue }
            enriched[index].item.apply(article)
        }
        return enriched
    }
}

extension Item {
    /// Takes what an article page adds: its content, its (usually more precise) date,
    /// its author and image when the listing had none.
    mutating func apply(_ article: ArticlePage) {
        if let content = article.content { self.content = content }
        if let published = article.published { self.published = published }
        if authors.isEmpty { authors = article.authors }
        if let image = article.image, enclosures.isEmpty {
            enclosures = [Enclosure(url: image, type: ImageType.mediaType(of: image))]
        }
    }
}
