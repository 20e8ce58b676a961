import ArgumentParser
import FeedStore
import Foundation
import WebText

/// `feedbridge explain STORY-ID|URL [--json]`: how a stored story was assembled.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a story was merged: its members, the rule that joined each, the guards checked.",
        discussion: """
            STORY-ID is a story's published id (a tag: URI, as in feed.atom); a URL finds the \
            story holding the item with that link. A story merged into another is explained by \
            the one it was merged into. Exits with 1 when no story matches.
            """
    )

    @OptionGroup var configFile: ConfigFileOption

    @Flag(help: "Print the explanation as JSON.")
    var json = false

    @Argument(help: ArgumentHelp("A story's published id, or an item's link.", valueName: "STORY-ID|URL"))
    var story: String

    func run() throws {
        let configuration = try configFile.load()
        let explanation: StoryExplanation?
        do {
            let store = try FeedStore(configuration.store.resolved(relativeTo: configFile.directory))
            explanation = try store.explain(story)
        } catch {
            throw ExitCode.printing("\(error)", code: 2)
        }
        guard let explanation else { throw ExitCode.printing("explain: no story with id or link \(story)", code: 1) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(explanation), as: UTF8.self))
        } else {
            print(Self.render(explanation))
        }
    }

    /// The explanation as text: the story, then one block per member.
    static func render(_ story: StoryExplanation) -> String {
        var lines = ["story \(story.id)", "  published \(story.published.rfc3339), updated \(story.updated.rfc3339)"]
        if let target = story.mergedInto { lines.append("  merged into \(target) (not published)") }
        for merged in story.merged { lines.append("  absorbed \(merged) (merged into this story)") }
        lines.append("members (\(story.members.count)):")
        for member in story.members {
            let primary = member.isPrimary ? " [primary]" : ""
            lines.append("  \(member.sourceID)\(primary)  \(member.published.rfc3339)  \(member.title ?? "-")")
            if let link = member.link { lines.append("    \(link)") }
            if let joined = member.joined {
                lines.append("    joined by \(describe(joined))")
            } else {
                lines.append("    founded its story")
            }
            for merged in member.merged { lines.append("    also matched \(merged.story), merged it: \(describe(merged))") }
            for refused in member.refused {
                lines.append("    refused \(refused.story) (\(refused.rule.rawValue)): \(refused.refusal ?? "-")\(guards(refused))")
            }
            if member.refusedTotal > member.refused.count {
                lines.append("    … and \(member.refusedTotal - member.refused.count) more candidates refused")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ evidence: StoryExplanation.Evidence) -> String {
        var text = evidence.rule.rawValue
        if let score = evidence.score { text += String(format: " (score %.2f)", score) }
        if let source = evidence.withSource { text += " with \(source)'s item" }
        return text + guards(evidence)
    }

    private static func guards(_ evidence: StoryExplanation.Evidence) -> String {
        guard !evidence.guards.isEmpty else { return "" }
        return "; guards: " + evidence.guards.map { "\($0.name) \($0.passed ? "ok" : "FAILED") \($0.detail)" }
            .joined(separator: ", ")
    }
}
