import FeedModel
import Foundation

/// Writes a publication's files into the output folder.
///
/// `feed.atom`, `feed.rss`, `feed.json`, `index.html` and `sources.opml`, as `formats`
/// asks, and with Atom the sub-feed `units/<id>.atom` of every portal (removing those
/// of portals no longer listed). Each file is compared with the one in place and left
/// untouched when identical; otherwise it is replaced atomically (see ``OutputFolder``),
/// together with its gzip sibling `<file>.gz` (kept in step even when only the sibling
/// is missing or stale). Reports name the files, not their siblings.
/// One publish at a time per folder: the temporary files are named after the process.
///
/// ```swift
/// let publisher = Publisher(directory: URL(fileURLWithPath: "output"), formats: Set(PublishFormat.allCases))
/// let report = try publisher.publish(publication)
/// print("\(report.written.count) files written")
/// ```
public struct Publisher: Sendable {
    /// The output folder.
    public let directory: URL
    /// The formats written.
    public let formats: Set<PublishFormat>

    /// A publisher writing `formats` into `directory` (created when missing).
    public init(directory: URL, formats: Set<PublishFormat>) {
        self.directory = directory
        self.formats = formats
    }

    /// The files ``publish(_:)`` writes for these portals and archive months, relative to the folder.
    public func files(portals: [PortalInfo], archiveMonths: [String] = []) -> [String] {
        var files = PublishFormat.allCases.filter(formats.contains).map(\.fileName)
        if formats.contains(.atom) {
            files += Set(portals.map(\.id)).sorted().map(PortalDirectory.unitPath)
        }
        for month in archiveMonths {
            files += archiveFormats.map { ArchiveSet.path(month, $0) }
        }
        return files
    }

    /// The formats written that have archives, in ``ArchiveSet/formats`` order.
    var archiveFormats: [PublishFormat] { ArchiveSet.formats.filter(formats.contains) }

    /// Of `months` (oldest first, the last one open), the archive documents a publish
    /// must render, by month: the open month's in every archived format, and each closed
    /// month's that is missing or was written while the month was open. A document written
    /// as closed is never rendered again.
    public func archiveDocumentsToRender(_ months: [String]) -> [String: Set<PublishFormat>] {
        guard let open = months.last, !archiveFormats.isEmpty else { return [:] }
        var render: [String: Set<PublishFormat>] = [open: Set(archiveFormats)]
        for month in months.dropLast() {
            let pending = archiveFormats.filter { format in
                let path = directory.appendingPathComponent(ArchiveSet.path(month, format)).path
                guard let handle = FileHandle(forReadingAtPath: path) else { return true }
                defer { try? handle.close() }
                // The marker sits in the head: read that, not a whole month of stories.
                let head = (try? handle.read(upToCount: ArchiveMarker.headBytes)) ?? Data()
                return !ArchiveMarker.isClosed(head, json: format == .json)
            }
            if !pending.isEmpty { render[month] = Set(pending) }
        }
        return render
    }

    /// Writes the files.
    /// - Returns: which files were written, which were already identical, which removed.
    /// - Throws: `PublishError` naming the file that could not be written; that file,
    ///   and every file not yet reached, keeps its previous version.
    public func publish(_ publication: Publication) throws(PublishError) -> PublishReport {
        let folder = OutputFolder(root: directory.path)
        try folder.makeFolder(folder.root)
        folder.removeAbandonedTemporaryFiles(in: ["", "units", "archive"])
        let portals = PortalDirectory(portals: publication.portals, city: publication.city)
        var report = PublishReport()
        func update(_ path: String, _ render: () -> [UInt8]) throws(PublishError) {
            let bytes = render()
            if try folder.update(path, with: bytes) {
                report.written.append(path)
            } else {
                report.unchanged.append(path)
            }
            try folder.updateGzipSibling(of: path, with: bytes)
        }
        let atom = AtomWriter(publication: publication, portals: portals)
        var units: Set<String> = []
        do throws(PublishError) {
            for format in PublishFormat.allCases where formats.contains(format) {
                try update(format.fileName) { render(format, publication, portals, atom) }
            }
            if let archives = publication.archives {
                for month in archives.months {
                    guard let render = archives.render[month] else { continue }
                    guard ArchiveSet.isMonth(month) else {
                        throw PublishError(path: "archive/\(month)", step: "the archive month is not YYYY-MM", code: EINVAL)
                    }
                    for format in archiveFormats where render.contains(format) {
                        try update(ArchiveSet.path(month, format)) { renderArchive(format, month, archives, publication, portals, atom) }
                    }
                }
            }
            if formats.contains(.atom) {
                for portal in publication.portals {
                    let path = PortalDirectory.unitPath(portal.id)
                    guard !portal.id.isEmpty, !portal.id.contains("/"), !portal.id.contains("\0") else {
                        throw PublishError(path: path, step: "the portal id cannot be a file name", code: EINVAL)
                    }
                    guard units.insert((path as NSString).lastPathComponent).inserted else { continue }
                    try update(path) { atom.unitFeed(portal) }
                }
            }
        } catch {
            folder.discardPending()
            throw error
        }
        try folder.commit()
        if formats.contains(.atom) {
            report.removed = try folder.removeFiles(in: "units", suffix: ".atom", keeping: units)
            try folder.syncChangedFolders()
        }
        return report
    }

    private func renderArchive(
        _ format: PublishFormat, _ month: String, _ archives: ArchiveSet, _ publication: Publication,
        _ portals: PortalDirectory, _ atom: AtomWriter
    ) -> [UInt8] {
        switch format {
        case .rss: RSSWriter(publication: publication, portals: portals).archiveDocument(month, archives: archives)
        case .json: JSONFeedWriter(publication: publication, portals: portals).archiveDocument(month, archives: archives)
        default: atom.archiveFeed(month, archives: archives)
        }
    }

    private func render(
        _ format: PublishFormat, _ publication: Publication, _ portals: PortalDirectory, _ atom: AtomWriter
    ) -> [UInt8] {
        switch format {
        case .atom: atom.cityFeed()
        case .rss: RSSWriter(publication: publication, portals: portals).document()
        case .json: JSONFeedWriter(publication: publication, portals: portals).document()
        case .html: HTMLPageWriter(publication: publication, portals: portals, formats: formats).document()
        case .opml: OPMLWriter(publication: publication, portals: portals).document()
        }
    }
}
