import FeedParse
import Foundation
import Yams

/// Reads a composed YAML tree into typed values, collecting every problem with its
/// place instead of stopping at the first one.
final class ConfigReader {
    let file: String
    private(set) var problems: [ConfigError.Problem] = []
    /// The XPath checker of this read, made at the first XPath (see ``xpath(_:_:)``).
    private(set) lazy var xpathChecker = Result { () throws(HTMLBridgeError) in try XPathChecker() }

    init(file: String) {
        self.file = file
    }

    /// Records a problem at the node's place (line 1, column 1 when it has none).
    func report(_ node: Node?, _ message: String) {
        report(line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message)
    }

    /// Records a problem at a place.
    func report(line: Int, column: Int, _ message: String) {
        problems.append(.init(file: file, line: line, column: column, message: message))
    }

    /// The values of a mapping by key, reporting a non-mapping, non-string keys,
    /// duplicate keys and keys not in `allowed` (with a suggestion for near typos).
    func fields(_ node: Node, in context: String, allowed: [String]) -> [String: Node]? {
        guard case let .mapping(mapping) = node else {
            report(node, "expected a mapping for \(context), found \(kind(node))")
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard case let .scalar(key) = keyNode else {
                report(keyNode, "expected a key name in \(context), found \(kind(keyNode))")
                continue
            }
            if !allowed.contains(key.string) {
                var message = "unknown key '\(key.string)' in \(context)"
                if let near = Suggestion.nearest(to: key.string, among: allowed) {
                    message += "; did you mean '\(near)'?"
                }
                report(keyNode, message)
            } else if result[key.string] != nil {
                report(keyNode, "duplicate key '\(key.string)' in \(context)")
            } else {
                result[key.string] = value
            }
        }
        return result
    }

    /// Reports `key` missing from a mapping read with ``fields(_:in:allowed:)``.
    func requireKey(_ key: String, in fields: [String: Node], of node: Node, context: String) -> Node? {
        if let value = fields[key] { return value }
        report(node, "missing required key '\(key)' in \(context)")
        return nil
    }

    /// A scalar's text.
    func string(_ node: Node, _ key: String) -> String? {
        guard case let .scalar(scalar) = node else {
            report(node, "'\(key)' must be a string, found \(kind(node))")
            return nil
        }
        return scalar.string
    }

    /// A list of strings; a single string is read as a list of one.
    func strings(_ node: Node, _ key: String) -> [String]? {
        switch node {
        case .scalar: return string(node, key).map { [$0] }
        case let .sequence(sequence):
            let values = sequence.map { string($0, key) }
            return values.contains(nil) ? nil : values.compactMap { $0 }
        default:
            report(node, "'\(key)' must be a list of strings, found \(kind(node))")
            return nil
        }
    }

    /// The nodes of a list read with ``strings(_:_:)``: its elements, or the node itself
    /// for a single string (to report a bad element at its own place).
    func items(of node: Node) -> [Node] {
        if case let .sequence(sequence) = node { Array(sequence) } else { [node] }
    }

    /// A whole number, at least `minimum`.
    func int(_ node: Node, _ key: String, minimum: Int = 0) -> Int? {
        guard let text = string(node, key) else { return nil }
        guard let value = Int(text) else {
            report(node, "'\(key)' must be a whole number, found '\(text)'")
            return nil
        }
        guard value >= minimum else {
            report(node, "'\(key)' must be at least \(minimum), found \(value)")
            return nil
        }
        return value
    }

    /// `true`/`false` (also `yes`/`no`, `on`/`off`).
    func bool(_ node: Node, _ key: String) -> Bool? {
        guard let text = string(node, key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(node, "'\(key)' must be true or false, found '\(text)'")
            return nil
        }
    }

    /// One of an enumeration's raw values.
    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, _: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(node, key) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        report(node, "'\(key)' must be one of \(names.joined(separator: ", ")), found '\(text)'")
        return nil
    }

    /// How a node is named in messages.
    func kind(_ node: Node) -> String {
        switch node {
        case .scalar: "a string"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
