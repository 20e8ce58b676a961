import FeedModel
import Foundation

/// Turns an HTML listing page into a `Feed` with XPath rules (the bridge for portals
/// without a feed): decodes the page to UTF-8 (`CharsetDecoder`: byte order mark,
/// Content-Type, `<meta charset>`), parses it once with libxml2's HTML parser, evaluates
/// `item` on the page and the other rules on each item, with the rules' compiled XPath
/// reused across pages (`CompiledRulesPool`).
///
/// Used by `FeedParser` when `ParseOptions.htmlRules` is set.
struct HTMLBridge {
    let options: ParseOptions
    let rules: HTMLRules

    /// Reads a whole page held in memory.
    func parse(_ bytes: UnsafeRawBufferPointer) throws -> Feed {
        let document = try HTMLDocument.page(bytes, options: options)
        return try CompiledRulesPool.shared.withRules(rules) { compiled in
            try HTMLPageReader(document: document, rules: compiled, options: options).feed()
        }
    }

    /// Reads a whole page held in memory and reports how the rules matched it.
    func parseListing(_ bytes: UnsafeRawBufferPointer) throws -> (feed: Feed, diagnostics: HTMLDiagnostics) {
        let document = try HTMLDocument.page(bytes, options: options)
        return try CompiledRulesPool.shared.withRules(rules) { compiled in
            let reader = try HTMLPageReader(document: document, rules: compiled, options: options)
            let feed = try reader.feed()
            return (feed, try reader.diagnostics())
        }
    }

    /// Reads a page from a C stream (a file, or standard input) to its end, then parses it.
    func parse(stream: UnsafeMutablePointer<FILE>, name: String) throws -> Feed {
        var page: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: FeedParser.chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, stream) }
            if count == 0 {
                if ferror(stream) != 0 { throw ParseError.io(path: name, message: String(cString: strerror(errno))) }
                break
            }
            page += chunk[0..<count]
            guard page.count <= options.maxBytes else { throw ParseError.tooLarge(limit: options.maxBytes) }
        }
        return try page.withUnsafeBytes { try parse($0) }
    }
}
