import Foundation

/// How a source's links carry a stable article id (`link_id:` in feeds.yaml): a preset or
/// a regular expression with one capture group. The id, prefixed by the rule's name,
/// matches copies on other portals and the same article after its slug changed.
///
/// ```swift
/// let rule = try LinkIDRule("liferay")
/// rule.id(in: "https://yenhoa.hanoi.gov.vn/-/view_content/4418033-khai-mac.html")   // "liferay:4418033"
/// ```
public struct LinkIDRule: Sendable, Equatable {
    /// The preset's name, or `re` for a regex of the source's own.
    public let name: String
    /// The pattern as written.
    public let pattern: String
    private let expression: NSRegularExpression

    /// The presets: Liferay's `/-/view_content/<digits>-slug`, and the VNPT portals'
    /// `…-<16 digits>.htm`.
    public static let presets: [String: String] = [
        "liferay": #"/-/view_content/([0-9]+)"#,
        "vnpt": #"-([0-9]{16})\.html?(?:[?#]|$)"#,
    ]

    /// A preset by name, else `text` as a regex.
    /// - Throws: ``LinkIDRuleError`` when the regex does not compile or has not exactly one group.
    public init(_ text: String) throws {
        let isPreset = Self.presets[text] != nil
        name = isPreset ? text : "re"
        pattern = Self.presets[text] ?? text
        do {
            expression = try NSRegularExpression(pattern: pattern)
        } catch {
            throw LinkIDRuleError(pattern: text, reason: "not a valid regular expression")
        }
        guard expression.numberOfCaptureGroups == 1 else {
            throw LinkIDRuleError(pattern: text, reason: "needs exactly one capture group, has \(expression.numberOfCaptureGroups)")
        }
    }

    /// `name:id` of the first match in `link`, or nil without one.
    public func id(in link: String) -> String? {
        let range = NSRange(link.startIndex..., in: link)
        guard let match = expression.firstMatch(in: link, range: range),
              let group = Range(match.range(at: 1), in: link), !group.isEmpty else { return nil }
        return name + ":" + link[group]
    }

    public static func == (left: LinkIDRule, right: LinkIDRule) -> Bool { left.pattern == right.pattern }
}

/// A `link_id` that cannot be used, with the reason.
public struct LinkIDRuleError: Error, Sendable, Equatable, CustomStringConvertible {
    public var pattern: String
    public var reason: String
    public var description: String { "link_id \"\(pattern)\": \(reason)" }
}
