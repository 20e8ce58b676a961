import FeedModel
import Yams

/// `presets:` and a source's `html:`.
extension ConfigReader {
    static let ruleKeys = [
        "item", "title", "link", "date", "date_format", "date_locale", "summary", "content",
        "image", "author", "category", "id", "next_page", "max_pages", "article",
    ]

    /// The keys of `article:`.
    static let articleKeys = ["content", "date", "date_format", "author", "image"]

    /// The languages `date_locale` accepts.
    static let dateLocales = ["vi", "en"]

    /// The rules given in a mapping, each checked; nil for each rule absent or bad.
    struct PartialRules {
        var values: [String: String] = [:]
        var maxPages: Int?
        /// The `article:` rules given, by key; nil without `article:`.
        var article: [String: String]?

        /// Fills the rules absent here from a preset; `article:` rules are merged key by key.
        func merged(over base: HTMLRules?) -> PartialRules {
            guard let base else { return self }
            var merged = PartialRules(values: base.byKey, maxPages: base.maxPages, article: base.article?.byKey)
            merged.values.merge(values) { _, override in override }
            merged.maxPages = maxPages ?? merged.maxPages
            if let article { merged.article = (merged.article ?? [:]).merging(article) { _, override in override } }
            return merged
        }
    }

    /// Reads the rule keys of a mapping's fields.
    func partialRules(_ fields: [String: Node]) -> PartialRules {
        var rules = PartialRules()
        for key in Self.ruleKeys {
            guard let node = fields[key] else { continue }
            switch key {
            case "date_format": rules.values[key] = dateFormat(node, key)
            case "date_locale": rules.values[key] = dateLocale(node, key)
            case "max_pages": rules.maxPages = int(node, key, minimum: 1)
            case "article": rules.article = articleRules(node)
            default: rules.values[key] = xpath(node, key)
            }
        }
        return rules
    }

    /// Complete rules, reporting `item`, `title` or `link` missing at `node`
    /// (a rule that was given but bad has already been reported).
    func complete(_ rules: PartialRules, at node: Node, context: String, given: [String: Node]) -> HTMLRules? {
        for key in ["item", "title", "link"] where rules.values[key] == nil && given[key] == nil {
            report(node, "missing required key '\(key)' in \(context)")
        }
        let v = rules.values
        guard let item = v["item"], let title = v["title"], let link = v["link"] else { return nil }
        return HTMLRules(
            item: item, title: title, link: link, date: v["date"], dateFormat: v["date_format"],
            dateLocale: v["date_locale"], summary: v["summary"], content: v["content"], image: v["image"],
            author: v["author"], category: v["category"], id: v["id"], nextPage: v["next_page"],
            maxPages: rules.maxPages, article: rules.article.map { a in
                ArticleRules(content: a["content"], date: a["date"], dateFormat: a["date_format"], author: a["author"], image: a["image"])
            }
        )
    }

    /// `article:`, a mapping of ``articleKeys`` with at least one rule; the rules that are
    /// good (a bad one has been reported).
    private func articleRules(_ node: Node) -> [String: String]? {
        guard let fields = fields(node, in: "article", allowed: Self.articleKeys) else { return nil }
        guard !fields.isEmpty else {
            report(node, "'article' needs at least one of \(Self.articleKeys.joined(separator: ", "))")
            return nil
        }
        var rules: [String: String] = [:]
        for (key, value) in fields {
            rules[key] = key == "date_format" ? dateFormat(value, "article.date_format") : xpath(value, "article.\(key)")
        }
        return rules
    }

    /// `presets:`, a mapping of names to complete rules; `names` also holds the
    /// presets that had errors, so that sources using them are not reported again.
    func presets(_ node: Node?) -> (rules: [String: HTMLRules], names: Set<String>) {
        guard let node else { return ([:], []) }
        guard case let .mapping(mapping) = node else {
            report(node, "expected a mapping of preset names to rules for 'presets', found \(kind(node))")
            return ([:], [])
        }
        var presets: [String: HTMLRules] = [:]
        var names: Set<String> = []
        for (keyNode, value) in mapping {
            guard let name = string(keyNode, "presets") else { continue }
            guard names.insert(name).inserted else {
                report(keyNode, "duplicate preset '\(name)'")
                continue
            }
            let context = "preset '\(name)'"
            guard let fields = fields(value, in: context, allowed: Self.ruleKeys) else { continue }
            presets[name] = complete(partialRules(fields), at: value, context: context, given: fields)
        }
        return (presets, names)
    }

    /// A source's `html:`: a preset name, inline rules, or `preset:` plus overrides.
    /// - Returns: the resolved rules and the preset name, or nil after a report.
    func html(_ node: Node, presets: [String: HTMLRules], presetNodes: Set<String>) -> (HTMLRules, String?)? {
        if case let .scalar(scalar) = node {
            guard let rules = preset(scalar.string, at: node, presets: presets, known: presetNodes) else { return nil }
            return (rules, scalar.string)
        }
        guard let fields = fields(node, in: "html", allowed: ["preset"] + Self.ruleKeys) else { return nil }
        var base: HTMLRules?
        var name: String?
        if let presetNode = fields["preset"] {
            guard let text = string(presetNode, "preset"),
                  let rules = preset(text, at: presetNode, presets: presets, known: presetNodes) else { return nil }
            base = rules
            name = text
        }
        let rules = partialRules(fields).merged(over: base)
        return complete(rules, at: node, context: "html", given: fields).map { ($0, name) }
    }

    /// A `date_locale`: one of ``dateLocales``.
    private func dateLocale(_ node: Node, _ key: String) -> String? {
        guard let text = string(node, key) else { return nil }
        guard Self.dateLocales.contains(text) else {
            report(node, "bad date_locale '\(text)': expected \(Self.dateLocales.joined(separator: " or "))")
            return nil
        }
        return text
    }

    /// A preset by name; a preset that exists but had errors is not reported again.
    private func preset(_ name: String, at node: Node, presets: [String: HTMLRules], known: Set<String>) -> HTMLRules? {
        if let rules = presets[name] { return rules }
        if !known.contains(name) {
            var message = "unknown preset '\(name)'"
            if let near = Suggestion.nearest(to: name, among: Array(known)) { message += "; did you mean '\(near)'?" }
            report(node, message)
        }
        return nil
    }
}
