import FeedModel
import Foundation
import WebText

/// Writes `sources.opml`, OPML 2.0: the merged city feed, then every portal, in folders
/// by administrative level (and, under a level, by parent when the parent is itself
/// under another portal, as wards were under districts).
///
/// A portal's `xmlUrl` is its own feed when it has one, else FeedBridge's sub-feed, so
/// a portal without a feed can still be subscribed to. The dates come from the
/// stories: `dateCreated` the oldest `published`, `dateModified` the newest `updated`.
struct OPMLWriter {
    let publication: Publication
    let portals: PortalDirectory

    /// A level's folder name.
    private static func label(_ level: PortalInfo.Level) -> String {
        switch level {
        case .city: "Thành phố"
        case .district: "Quận, huyện, thị xã"
        case .ward: "Phường"
        case .commune: "Xã"
        case .agency: "Cơ quan, đơn vị"
        }
    }

    func document() -> [UInt8] {
        let city = publication.city
        let zone = city.timeZone
        let xml = XMLWriter(capacity: 1_024 + portals.portals.count * 512)
        xml.declaration()
        xml.element("opml", ["version": "2.0"]) {
            xml.element("head") {
                xml.element("title", text: city.title)
                let published = publication.stories.lazy.map(\.published).min()
                xml.element("dateCreated", text: published.map { CivilTime($0, in: zone).rfc822 })
                if !publication.stories.isEmpty {
                    xml.element("dateModified", text: CivilTime(publication.stories.newestUpdate, in: zone).rfc822)
                }
                xml.element("docs", text: "http://opml.org/spec2.opml")
            }
            xml.element("body") {
                xml.empty("outline", [
                    "text": city.title, "title": city.title, "type": "rss",
                    "xmlUrl": city.baseURL + PublishFormat.atom.fileName,
                    "htmlUrl": city.baseURL + PublishFormat.html.fileName,
                ])
                for (level, members) in groupedByLevel() {
                    xml.element("outline", ["text": level, "title": level]) {
                        for (parent, children) in groupedByParent(members) {
                            if let parent {
                                let name = portals.name(parent)
                                xml.element("outline", ["text": name, "title": name]) {
                                    for portal in children { outline(portal, xml) }
                                }
                            } else {
                                for portal in children { outline(portal, xml) }
                            }
                        }
                    }
                }
            }
        }
        return xml.finish()
    }

    private func outline(_ portal: PortalInfo, _ xml: XMLWriter) {
        xml.empty("outline", [
            "text": portal.name, "title": portal.name, "type": "rss",
            "xmlUrl": portals.feedURL(portal), "htmlUrl": portal.siteURL,
        ])
    }

    /// The portals by level folder, the levels in their order (city first, agencies last).
    private func groupedByLevel() -> [(label: String, portals: [PortalInfo])] {
        let byLevel = Dictionary(grouping: portals.portals, by: \.level)
        return PortalInfo.Level.allCases.compactMap { level in
            byLevel[level].map { (Self.label(level), $0) }
        }
    }

    /// A level's portals by parent folder (nil: listed directly), in the order met; a
    /// parent makes a folder only when it is listed and itself has a listed parent.
    private func groupedByParent(_ members: [PortalInfo]) -> [(parent: String?, portals: [PortalInfo])] {
        var groups: [(parent: String?, portals: [PortalInfo])] = []
        for portal in members {
            let folder = portal.parent.flatMap { parent in
                portals[parent]?.parent.flatMap { portals[$0] } != nil ? parent : nil
            }
            if let index = groups.firstIndex(where: { $0.parent == folder }) {
                groups[index].portals.append(portal)
            } else {
                groups.append((folder, [portal]))
            }
        }
        return groups
    }
}
