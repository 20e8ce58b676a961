/// What a renderer needs besides the items: where the simulator runs and the stories.
struct PageContext {
    /// The base URL without a trailing slash: `http://127.0.0.1:8181`.
    let base: String
    let portal: SimulatedPortal
    let stories: [Story]
    let portals: [SimulatedPortal]

    func story(of item: SimulatedItem) -> Story { stories[item.story] }

    /// The simulated start, the date of a feed without items.
    let start: Int

    /// The newest item's time, or the start when the portal has none.
    func updated(_ items: ArraySlice<SimulatedItem>) -> Int {
        items.first?.time ?? start
    }

    /// The item's summary as HTML: thumbnail, then the first paragraph.
    func summaryHTML(_ item: SimulatedItem) -> String {
        "<p><img src=\"\(base)\(item.imagePath)\" alt=\"\(Markup.liferay(item.title))\" width=\"180\" /></p>"
            + "<p>\(Markup.liferay(NewsWriter.summary(of: story(of: item))))</p>"
    }
}
