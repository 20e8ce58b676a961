import FeedModel
import Synchronization

/// Compiled rules kept for reuse across pages: the 66 portals sharing a preset compile
/// its XPath once per thread that parses them at the same time, not once per page.
///
/// A compiled set is lent to one parse at a time and returned afterwards (libxml2 writes
/// into a compiled expression while evaluating it).
final class CompiledRulesPool: Sendable {
    /// The process-wide pool.
    static let shared = CompiledRulesPool()

    /// Idle compiled sets by rules.
    private let idle = Mutex<[HTMLRules: [CompiledHTMLRules]]>([:])

    /// Distinct rule sets kept; past it the pool starts again (rules from a reloaded
    /// configuration replace the old ones).
    private static let ruleSetLimit = 512
    /// Idle compiled copies kept per rule set.
    private static let copiesLimit = 16

    /// Runs `body` with compiled `rules`, compiling them only when no idle copy exists.
    func withRules<T>(_ rules: HTMLRules, _ body: (CompiledHTMLRules) throws -> T) throws -> T {
        let compiled = try take(rules) ?? CompiledHTMLRules(rules)
        defer { giveBack(compiled) }
        return try body(compiled)
    }

    private func take(_ rules: HTMLRules) -> CompiledHTMLRules? {
        idle.withLock { $0[rules]?.popLast() }
    }

    private func giveBack(_ compiled: CompiledHTMLRules) {
        idle.withLock { idle in
            if idle[compiled.rules] == nil, idle.count >= Self.ruleSetLimit { idle.removeAll() }
            if idle[compiled.rules, default: []].count < Self.copiesLimit {
                idle[compiled.rules, default: []].append(compiled)
            }
        }
    }
}
