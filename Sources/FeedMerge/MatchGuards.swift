import FeedModel
import Foundation

/// The checks that keep look-alike items of different news apart (DESIGN.md): two items
/// whose titles name different units or villages or hold different numbers (a month, a
/// session's number), or whose texts name different units, people, dates or hours, are
/// different news whatever their similarity; and a title match needs texts that agree,
/// or a title that is not generic.
///
/// "Different" sets: each holds a value the other lacks (a copy that drops a number, or
/// adds the year, still agrees).
public struct MatchGuards: Sendable {
    /// Texts shorter than this (in words) are not compared.
    public var minimumTextWords = 12
    /// The least estimated containment of the shorter text in the longer one for a title
    /// match's texts to agree.
    public var textAgreement = 0.5
    /// A title with at most this many subject words (not numbers, calendar words or unit
    /// names) is generic: "Lịch tiếp công dân tháng 11/2026".
    public var genericSubjectWords = 4
    /// A title (without a unit's name) that this many stories already have in 90 days is
    /// generic: many portals use it for their own news. So is one whose source already
    /// used it with other numbers (a recurring notice: `… tháng 11`, `… tháng 12`).
    public var genericTitleStories = 2

    public init() {}

    /// The unit and number guards of `item`: its title against every member's (a story
    /// is one news for all its members), its text against the matched member's (a ward's
    /// edited copy may add its own hotline or name beside another member's edit).
    /// One check per guard.
    func conflicts(_ item: MatchItem, _ members: [MatchItem], matched: MatchItem) -> [GuardCheck] {
        var checks: [GuardCheck] = []
        func check(_ name: String, _ among: [MatchItem], clashes: (MatchSignals, MatchSignals) -> Bool, _ value: (MatchSignals) -> Set<String>) {
            let clash = among.first { clashes(item.signals, $0.signals) }
            checks.append(GuardCheck(
                name: name, passed: clash == nil,
                detail: clash.map { Self.show(value(item.signals)) + " vs " + Self.show(value($0.signals)) } ?? Self.show(value(item.signals))
            ))
        }
        check("units", members, clashes: { Self.differ($0.titleUnits, $1.titleUnits) }, \.titleUnits)
        check("numbers", members, clashes: Self.numbersClash, \.titleNumbers)
        if item.signals.textWords >= minimumTextWords && matched.signals.textWords >= minimumTextWords {
            check("text_units", [matched], clashes: { Self.differ($0.textUnits, $1.textUnits) }, \.textUnits)
            check("text_dates", [matched], clashes: { Self.differ($0.textDates, $1.textDates) }, \.textDates)
            check("text_people", [matched], clashes: { Self.differ($0.textPeople, $1.textPeople) }, \.textPeople)
        }
        return checks
    }

    /// Two titles hold different numbers, and neither title's numbers all appear in the
    /// other item at all (a reworded title picks another figure of the same text).
    static func numbersClash(_ first: MatchSignals, _ second: MatchSignals) -> Bool {
        differ(first.titleNumbers, second.titleNumbers)
            && !first.titleNumbers.isSubset(of: second.titleNumbers.union(second.textNumbers))
            && !second.titleNumbers.isSubset(of: first.titleNumbers.union(first.textNumbers))
    }

    /// What a title match needs beyond equal keys, when both items have a text: texts
    /// that agree (the estimated containment); nil when either has none.
    func textEvidence(_ item: MatchItem, _ member: MatchItem) -> (score: Double, checks: [GuardCheck])? {
        guard item.signals.textWords >= minimumTextWords && member.signals.textWords >= minimumTextWords else { return nil }
        let containment = MinHash.containment(item.signals, member.signals)
        let passed = containment >= textAgreement
        return (containment, [GuardCheck(
            name: "text_agreement", passed: passed,
            detail: String(format: "containment %.2f, needs %.2f", containment, textAgreement))])
    }

    /// What a title match needs when the texts cannot be compared: a title that is not
    /// generic. It depends on the item alone, so the matcher asks once per item.
    func titleGenericity(_ item: MatchItem, index: some StoryIndex, window: ClosedRange<Date>) throws -> [GuardCheck] {
        // A title naming a unit has a subject: the unit guard tells two wards' apart.
        guard item.signals.titleUnits.isEmpty, let titleKey = item.titleKey else { return [] }
        if let subject = item.signals.subjectWords, subject <= genericSubjectWords {
            return [GuardCheck(name: "generic_title", passed: false, detail: "\(subject) subject words, no text to compare")]
        }
        let sharing = try index.storyCount(titleKey: titleKey, in: window, upTo: genericTitleStories)
        if sharing >= genericTitleStories {
            return [GuardCheck(name: "generic_title", passed: false, detail: "\(sharing) or more stories have this title in 90 days")]
        }
        if let shape = item.signals.shapeKey {
            let own = try index.storyCount(shapeKey: shape, sourceID: item.sourceID, in: window)
            return [GuardCheck(
                name: "generic_title", passed: own == 0,
                detail: "\(own) other stories of \(item.sourceID) with this title but its numbers in 90 days")]
        }
        return []
    }

    /// True when each set holds a value the other lacks.
    static func differ(_ first: Set<String>, _ second: Set<String>) -> Bool {
        !first.isSubset(of: second) && !second.isSubset(of: first)
    }

    private static func show(_ values: Set<String>) -> String { "{" + values.sorted().joined(separator: ", ") + "}" }
}
