import Foundation
import FeedParse
import Yams

/// Values with a syntax of their own: durations, sizes, URLs, regexes, XPath, zones.
extension ConfigReader {
    /// A duration such as `30s`, `15m`, `1h` or `1h30m`, greater than zero.
    func duration(_ node: Node, _ key: String) -> Duration? {
        guard let text = string(node, key) else { return nil }
        var seconds = 0
        var number = ""
        var lastUnit = -1
        let units: [Character: (rank: Int, seconds: Int)] = ["d": (0, 86400), "h": (1, 3600), "m": (2, 60), "s": (3, 1)]
        for character in text {
            if character.isASCII, character.isNumber {
                number.append(character)
            } else if let unit = units[character], let value = Int(number), unit.rank > lastUnit {
                seconds += value * unit.seconds
                lastUnit = unit.rank
                number = ""
            } else {
                lastUnit = 4
                break
            }
        }
        guard number.isEmpty, lastUnit >= 0, lastUnit < 4, seconds > 0 else {
            report(node, "bad duration '\(text)' for '\(key)': expected e.g. 30s, 15m, 1h, 1h30m or 180d")
            return nil
        }
        return .seconds(seconds)
    }

    /// A size in bytes such as `512KB`, `20MB`, `1GB` or a plain number of bytes.
    func size(_ node: Node, _ key: String) -> Int? {
        guard let text = string(node, key) else { return nil }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let multipliers = ["": 1, "B": 1, "KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30]
        guard let value = Int(digits), value > 0,
              let multiplier = multipliers[String(text.dropFirst(digits.count))] else {
            report(node, "bad size '\(text)' for '\(key)': expected e.g. 512KB, 20MB or 1GB")
            return nil
        }
        return value * multiplier
    }

    /// An absolute http or https URL with a host.
    func url(_ node: Node, _ key: String) -> URL? {
        guard let text = string(node, key) else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty else {
            report(node, "bad URL '\(text)' for '\(key)': expected an absolute http or https URL")
            return nil
        }
        return url
    }

    /// A list of regular expressions that compile as Swift `Regex`es (as the aggregator's
    /// item filter compiles them).
    func regexes(_ node: Node, _ key: String) -> [String]? {
        guard let patterns = strings(node, key) else { return nil }
        var valid = true
        for (pattern, item) in zip(patterns, items(of: node)) where (try? Regex(pattern)) == nil {
            report(item, "bad regex '\(pattern)' in '\(key)': it does not compile")
            valid = false
        }
        return valid ? patterns : nil
    }

    /// An XPath expression that libxml2 compiles, checked as the HTML bridge compiles it.
    func xpath(_ node: Node, _ key: String) -> String? {
        guard let text = string(node, key) else { return nil }
        switch xpathChecker {
        case .failure(let error):
            report(node, "cannot check XPath '\(text)' for '\(key)': \(error)")
            return nil
        case .success(let checker) where !checker.compiles(text):
            report(node, "bad XPath '\(text)' for '\(key)': libxml2 cannot compile it")
            return nil
        case .success:
            return text
        }
    }

    /// A `date_format` that ``DatePattern`` accepts.
    func dateFormat(_ node: Node, _ key: String) -> String? {
        guard let text = string(node, key) else { return nil }
        guard DatePattern(text) != nil else {
            report(node, "bad date_format '\(text)': it needs at least a month (MM, M or MMM)")
            return nil
        }
        return text
    }

    /// An IANA time zone name such as `Asia/Ho_Chi_Minh`.
    func timeZone(_ node: Node, _ key: String) -> TimeZone? {
        guard let text = string(node, key) else { return nil }
        guard let zone = TimeZone(identifier: text) else {
            report(node, "bad time zone '\(text)' for '\(key)': expected an IANA name like Asia/Ho_Chi_Minh")
            return nil
        }
        return zone
    }
}
