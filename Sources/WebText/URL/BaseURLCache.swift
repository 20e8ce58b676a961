/// The base URL last parsed, kept by one parse (the values of a feed almost always share
/// their base), so that each URL resolution does not parse the base again.
package final class BaseURLCache {
    private var last: (string: String, base: BaseURL?)?

    package init() {}

    /// `BaseURL(string)`, reusing the previous result when `string` is the same.
    package func parsed(_ string: String?) -> BaseURL? {
        guard let string else { return nil }
        if let last, last.string == string { return last.base }
        let base = BaseURL(string)
        last = (string, base)
        return base
    }
}
