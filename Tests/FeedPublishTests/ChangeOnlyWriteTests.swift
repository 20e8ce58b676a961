import FeedBridgeTestSupport
import FeedModel
import FeedPublish
import Foundation
import Testing

/// Files are replaced only when their content changes, atomically, and a failure
/// keeps the previous file.
@Suite(.offCooperativePool) struct ChangeOnlyWriteTests {
    typealias Fixture = PublicationFixture

    static let allFiles = [
        "feed.atom", "feed.rss", "feed.json", "index.html", "sources.opml",
        "units/hanoi.atom", "units/ba-dinh.atom", "units/hoan-kiem.atom", "units/soc-son.atom",
    ]

    /// Sets every file's modification time to the epoch, so a rewrite shows.
    private func ageFiles(_ output: OutputDirectory) throws {
        for file in Self.allFiles {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: output.path(file))
        }
    }

    @Test func publish_firstTime_writesEveryFile() throws {
        let output = try OutputDirectory()
        let report = try output.publish(Fixture.publication())
        #expect(report == PublishReport(written: Self.allFiles))
        let names = try FileManager.default.contentsOfDirectory(atPath: output.url.path).sorted()
        #expect(names == [
            "feed.atom", "feed.atom.gz", "feed.json", "feed.json.gz", "feed.rss", "feed.rss.gz",
            "index.html", "index.html.gz", "sources.opml", "sources.opml.gz", "units",
        ])
    }

    @Test func publish_sameDataTwice_writesNothing() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let before = try Self.allFiles.map { try Data(contentsOf: URL(fileURLWithPath: output.path($0))) }
        try ageFiles(output)
        let report = try output.publish(Fixture.publication())
        #expect(report == PublishReport(unchanged: Self.allFiles))
        for file in Self.allFiles {
            #expect(try output.modificationDate(file) == Date(timeIntervalSince1970: 0), "\(file) was rewritten")
        }
        let after = try Self.allFiles.map { try Data(contentsOf: URL(fileURLWithPath: output.path($0))) }
        #expect(before == after)
    }

    @Test func publish_sameDataInAnotherFolder_isByteIdentical() throws {
        let first = try OutputDirectory(), second = try OutputDirectory()
        try first.publish(Fixture.publication())
        try second.publish(Fixture.publication())
        for file in Self.allFiles {
            #expect(try first.text(file) == second.text(file), "\(file) differs")
        }
    }

    @Test func publish_changedStory_rewritesOnlyTheFilesShowingIt() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        try ageFiles(output)
        var meeting = Fixture.meeting
        meeting.item.title = "Phường Ba Đình tiếp công dân tháng 12 (đã sửa)"
        let report = try output.publish(Fixture.publication(stories: [Fixture.festival, meeting, Fixture.harvest]))
        #expect(report.written == ["feed.atom", "feed.rss", "feed.json", "index.html", "units/ba-dinh.atom"])
        #expect(report.unchanged == ["sources.opml", "units/hanoi.atom", "units/hoan-kiem.atom", "units/soc-son.atom"])
        #expect(try output.modificationDate("units/hanoi.atom") == Date(timeIntervalSince1970: 0))
        #expect(try output.feed("units/ba-dinh.atom").items.map(\.title).last == "Phường Ba Đình tiếp công dân tháng 12 (đã sửa)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path("units")).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func publish_portalNoLongerListed_removesItsSubFeed() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        try Data("keep".utf8).write(to: URL(fileURLWithPath: output.path("units/notes.txt")))
        let report = try output.publish(Fixture.publication(portals: Fixture.portals.filter { $0.id != "hoan-kiem" }))
        #expect(report.removed == ["units/hoan-kiem.atom"])
        #expect(!FileManager.default.fileExists(atPath: output.path("units/hoan-kiem.atom")))
        #expect(FileManager.default.fileExists(atPath: output.path("units/notes.txt")))
        #expect(FileManager.default.fileExists(atPath: output.path("units/ba-dinh.atom")))
    }

    @Test func publish_onlySomeFormats_writesOnlyThose() throws {
        let output = try OutputDirectory()
        let report = try output.publish(Fixture.publication(), formats: [.rss, .html])
        #expect(report.written == ["feed.rss", "index.html"])
        let html = try output.text("index.html")
        #expect(!html.contains("feed.atom"))
        #expect(!html.contains("units/"))
    }

    @Test func publish_failingWrite_throwsWithThePathAndKeepsTheOldFile() throws {
        let output = try OutputDirectory()
        try output.publish(Fixture.publication())
        let old = try output.text("feed.rss")
        // Something in the way of the temporary file (a permission check would not stop root).
        let blocker = output.path(".feed.rss.tmp-\(getpid())")
        try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: false)
        var meeting = Fixture.meeting
        meeting.item.title = "Tin đã sửa"
        let changed = Fixture.publication(stories: [Fixture.festival, meeting, Fixture.harvest])
        let error = #expect(throws: PublishError.self) { try output.publish(changed) }
        #expect(error?.description == "publish: \(output.path("feed.rss")): cannot create the temporary file: Is a directory")
        // Files are replaced together after every one is staged: a failure changes none.
        #expect(try output.text("feed.rss") == old)
        #expect(try output.feed("feed.atom").items[1].title == Fixture.meeting.item.title)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.url.path).filter { $0.contains(".tmp-") } == [".feed.rss.tmp-\(getpid())"])
    }

    @Test func publish_folderCannotBeCreated_throws() throws {
        let output = try OutputDirectory()
        try Data().write(to: URL(fileURLWithPath: output.path("units")))
        let error = #expect(throws: PublishError.self) { try output.publish(Fixture.publication()) }
        #expect(error?.description.hasPrefix("publish: \(output.path("units/hanoi.atom")): ") == true)
        #expect(!FileManager.default.fileExists(atPath: output.path("feed.atom")), "a failed publish writes no file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.url.path).filter { $0.contains(".tmp-") }.isEmpty)
    }
}

/// Folder permissions, which bind every user but root.
@Suite(.offCooperativePool) struct ReadOnlyFolderTests {
    @Test(.enabled(if: geteuid() != 0, "root writes into read-only folders; see publish_failingWrite_throwsWithThePathAndKeepsTheOldFile"))
    func publish_readOnlyFolder_throwsAndKeepsTheOldFile() throws {
        let output = try OutputDirectory()
        try output.publish(PublicationFixture.publication())
        let old = try output.text("feed.atom")
        #expect(chmod(output.url.path, 0o555) == 0)
        defer { chmod(output.url.path, 0o755) }
        let error = #expect(throws: PublishError.self) {
            try output.publish(PublicationFixture.publication(stories: [PublicationFixture.meeting]))
        }
        #expect(error?.description == "publish: \(output.path("feed.atom")): cannot create the temporary file: Permission denied")
        #expect(try output.text("feed.atom") == old)
    }
}
