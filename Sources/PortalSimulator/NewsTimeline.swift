import Foundation
import WebText

/// The city's news over simulated time: stories born hour by hour on their portals,
/// republished copies appearing later on other portals, and what each portal shows now.
///
/// Everything is derived from the seed and the hour, so the items visible at a given
/// simulated time are the same however time was advanced to it.
struct NewsTimeline: Sendable {
    let portals: [SimulatedPortal]
    private let seed: UInt64
    private let republishShare: Double
    /// Epoch seconds of the first simulated hour (`historyDays` before the start).
    private let origin: Int
    private(set) var stories: [Story] = []
    /// Visible items of each portal, oldest first.
    private(set) var items: [[SimulatedItem]]
    /// Visible items by their own article path.
    private(set) var articles: [String: SimulatedItem] = [:]
    /// Items born but not yet visible (republished copies appear hours later), unordered.
    private var pending: [SimulatedItem] = []
    private var nextHour = 0
    private var usedTitles: Set<String> = []
    /// Ward and commune portals that city stories feature and that republish them.
    private let localPortals: [Int]

    init(portals: [SimulatedPortal], configuration: SimulatorConfiguration, start: Int) {
        self.portals = portals
        seed = configuration.seed
        republishShare = configuration.republishShare
        origin = start - configuration.historyDays * 86_400
        items = Array(repeating: [], count: portals.count)
        let locals = portals.indices.filter { portals[$0].level != .city && portals[$0].level != .agency }
        localPortals = locals.isEmpty ? Array(portals.indices.dropFirst()) : locals
    }

    /// Makes visible everything that appeared up to `now`; returns the portals that changed.
    mutating func advance(to now: Int) -> Set<Int> {
        while origin + nextHour * 3600 <= now {
            generateHour(nextHour)
            nextHour += 1
        }
        let due = pending.filter { $0.time <= now }.sorted { ($0.time, $0.story, $0.portal) < ($1.time, $1.story, $1.portal) }
        pending.removeAll { $0.time <= now }
        for item in due { insert(item) }
        return Set(due.map(\.portal))
    }

    /// The newest `count` items of a portal, newest first, skipping the first `offset`.
    func newest(_ portal: Int, count: Int, offset: Int = 0) -> ArraySlice<SimulatedItem> {
        let list = items[portal]
        let end = max(0, list.count - offset)
        let start = max(0, end - count)
        return ArraySlice(list[start..<end].reversed())
    }

    private mutating func insert(_ item: SimulatedItem) {
        let position = items[item.portal].lastIndex { $0.time <= item.time }.map { $0 + 1 } ?? 0
        items[item.portal].insert(item, at: position)
        articles[item.path] = item
    }

    /// Office hours carry most of the news; nights and weekends little.
    private func activity(at time: Int) -> Double {
        let local = CivilTime(epoch: time)
        let weekend = local.weekday == 0 || local.weekday == 6 ? 0.4 : 1
        switch local.hour {
        case 7..<18: return 1.8 * weekend
        case 18..<22: return 0.6 * weekend
        default: return 0.1 * weekend
        }
    }

    private mutating func generateHour(_ hour: Int) {
        let hourStart = origin + hour * 3600
        var random = SeededGenerator(seed: seed, 3, UInt64(hour))
        let factor = activity(at: hourStart)
        for portal in portals.indices {
            let count = Self.poisson(portals[portal].storiesPerDay / 24 * factor, &random)
            for _ in 0..<count {
                pending += makeStory(portal: portal, time: hourStart + random.int(below: 60) * 60, random: &random)
            }
        }
    }

    private mutating func makeStory(portal: Int, time: Int, random: inout SeededGenerator) -> [SimulatedItem] {
        let source = portals[portal]
        let featured = source.level == .city ? random.pick(localPortals) : nil
        var written = NewsWriter.title(for: source, featuring: featured.map { portals[$0] }, at: time, random: &random)
        for attempt in 2...4 where usedTitles.contains(written.text) {
            written = NewsWriter.title(for: source, featuring: featured.map { portals[$0] }, at: time, random: &random)
            if attempt == 4 && usedTitles.contains(written.text) { written.text += " (lần \(stories.count))" }
        }
        usedTitles.insert(written.text)
        let story = Story(
            number: stories.count + 1, origin: portal, published: time, title: written.text,
            event: written.template.event, category: written.template.category,
            subject: featured.map { portals[$0].inlineSubject } ?? source.inlineSubject,
            featuredPortal: featured, textSeed: random.next())
        let index = stories.count
        stories.append(story)
        let original = item(story: index, portal: portal, time: time, title: story.title, form: .own, random: &random)
        return [original] + copies(of: story, index: index, original: original, random: &random)
    }

    /// Republished copies: city stories on their featured ward and a few others; a few
    /// ward stories picked up by the city.
    private func copies(of story: Story, index: Int, original: SimulatedItem, random: inout SeededGenerator) -> [SimulatedItem] {
        var targets: [Int] = []
        if portals[story.origin].level == .city {
            guard random.chance(republishShare) else { return [] }
            let wanted = min(random.int(in: 1...4), localPortals.count)
            if let featured = story.featuredPortal { targets.append(featured) }
            while targets.count < wanted {
                let candidate = random.pick(localPortals)
                if !targets.contains(candidate) { targets.append(candidate) }
            }
        } else if random.chance(0.015) {
            targets = [0]
        }
        return targets.map { target in
            let delay = (20 + Int(random.unit() * random.unit() * 36 * 60)) * 60
            let title = TitleVariant.random(&random).apply(story.title)
            let roll = random.unit()
            let form: SimulatedItem.LinkForm = switch roll {
            case ..<0.35: .tracked(query: "utm_source=\(portals[target].id)&utm_medium=rss&utm_campaign=tin-tuc")
            case ..<0.5 where portals[target].format.isFeed: .https
            default: .own
            }
            return item(story: index, portal: target, time: story.published + delay, title: title, form: form,
                        originPath: original.path, random: &random)
        }
    }

    private func item(
        story: Int, portal: Int, time: Int, title: String, form: SimulatedItem.LinkForm,
        originPath: String? = nil, random: inout SeededGenerator
    ) -> SimulatedItem {
        let source = portals[portal]
        let name = "\(NewsWriter.slug(title))-\(stories[story].number)"
        let path = switch source.format {
        case .liferayHTML, .atom: "/\(source.id)/tin-tuc/-/asset_publisher/content/\(name)"
        case .rss, .jsonFeed, .listHTML: "/\(source.id)/tin-tuc/\(name).htm"
        }
        return SimulatedItem(
            story: story, portal: portal, time: time, title: title, path: path, linkForm: form,
            isRepublished: originPath != nil, author: random.pick(NewsTemplates.authors),
            viewCount: random.int(in: 40...3000), originPath: originPath ?? path)
    }

    /// A Poisson-distributed count with mean `mean` (Knuth's method; means here are small).
    private static func poisson(_ mean: Double, _ random: inout SeededGenerator) -> Int {
        let limit = exp(-mean)
        var product = random.unit()
        var count = 0
        while product > limit {
            count += 1
            product *= random.unit()
        }
        return count
    }
}
