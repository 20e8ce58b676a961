/// Why an HTML listing page could not be read with its rules. Descriptions start with `parse:`.
public enum HTMLBridgeError: Error, Equatable, CustomStringConvertible {
    /// libxml2 does not compile a rule's XPath expression.
    case badXPath(rule: String, expression: String)
    /// Evaluating a rule's XPath expression failed (an unknown function, a wrong type).
    case evaluationFailed(rule: String, expression: String)
    /// A `date_format` that reads no date (it has no month).
    case badDateFormat(String)
    /// libxml2's HTML parser returned no document.
    case unreadablePage
    /// A libxml2 call failed for lack of memory or a limit.
    case libxml2(call: String)
    /// A listing page was given to read without `ParseOptions.htmlRules`.
    case noRules

    public var description: String {
        switch self {
        case .badXPath(let rule, let expression): "parse: html rule '\(rule)': libxml2 cannot compile the XPath '\(expression)'"
        case .evaluationFailed(let rule, let expression): "parse: html rule '\(rule)': evaluating the XPath '\(expression)' failed"
        case .badDateFormat(let format): "parse: html rule 'date_format': '\(format)' has no month (MM, M or MMM)"
        case .unreadablePage: "parse: libxml2 could not read the page as HTML"
        case .libxml2(let call): "parse: \(call) failed"
        case .noRules: "parse: no html rules to read the listing page with"
        }
    }
}
