import FeedModel
import Foundation
import Yams

/// A rules file: the `html:` of one source on its own, for `feedbridge parse --html-rules`.
extension ConfigLoader {
    /// Reads a YAML file holding HTML rules: a mapping of the rule keys of `presets:`,
    /// optionally with `preset:` naming one of `presets` whose rules it overrides.
    ///
    /// ```yaml
    /// item: "//div[contains(@class,'news-item')]"
    /// title: ".//h3/a"
    /// link: ".//h3/a/@href"
    /// date: ".//span[@class='date']"
    /// date_format: "dd/MM/yyyy"
    /// next_page: "//a[@class='next']/@href"      # optional: pagination
    /// max_pages: 3
    /// article: {content: "//div[@id='noi-dung']"}  # optional: each item's own page
    /// ```
    /// - Parameters:
    ///   - path: the file; problems are reported with this path as written.
    ///   - presets: the presets `preset:` may name (from a loaded feeds.yaml).
    /// - Throws: ``ConfigError`` listing every problem (`rules.yaml:3:1: unknown key …`).
    public static func loadHTMLRules(path: String, presets: [String: HTMLRules] = [:]) throws(ConfigError) -> HTMLRules {
        try loadHTMLRules(yaml: text(ofFile: path), file: path, presets: presets)
    }

    /// Validates HTML rules given as text (see ``loadHTMLRules(path:presets:)``).
    public static func loadHTMLRules(yaml: String, file: String, presets: [String: HTMLRules] = [:]) throws(ConfigError) -> HTMLRules {
        try read(yaml: yaml, file: file, expecting: "'item', 'title' and 'link'") { root, reader in
            reader.html(root, presets: presets, presetNodes: Set(presets.keys))?.0
        }
    }
}
