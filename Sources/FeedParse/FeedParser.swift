import FeedModel
import Foundation

/// Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed documents into `Feed`, and
/// HTML listing pages when `ParseOptions.htmlRules` is set (the HTML bridge).
///
/// The format is detected from the content. XML is parsed as a stream (libxml2 SAX2
/// push parser): memory grows with the items kept, not with the document.
///
/// ```swift
/// let feed = try FeedParser(options: ParseOptions(baseURL: "https://hanoi.gov.vn/rss")).parse(bytes)
/// print(feed.items.first?.title ?? "")
/// ```
public struct FeedParser: Sendable {
    public let options: ParseOptions

    /// Bytes read from a file per chunk.
    static let chunkSize = 256 << 10

    public init(options: ParseOptions = ParseOptions()) {
        self.options = options
    }

    /// Parses a whole document held in memory.
    /// - Throws: `ParseError` when the bytes are not a feed.
    public func parse(_ bytes: some ContiguousBytes) throws -> Feed {
        if let rules = options.htmlRules {
            return try bytes.withUnsafeBytes { try HTMLBridge(options: options, rules: rules).parse($0) }
        }
        let session = FeedParseSession(options: options)
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            repeat {
                let end = min(offset + Self.chunkSize, raw.count)
                try session.push(UnsafeRawBufferPointer(rebasing: raw[offset..<end]))
                offset = end
            } while offset < raw.count && !session.isDone
        }
        return try session.finish()
    }

    /// Parses an HTML listing page with `options.htmlRules` (required) and reports how
    /// the rules matched it: items without a title, link or date, dates dropped, shared
    /// links, a page that looks like a login or error page.
    ///
    /// ```swift
    /// let (feed, diagnostics) = try FeedParser(options: options).parseListing(page)
    /// diagnostics.warnings.forEach { print("warning: \($0)") }
    /// ```
    /// - Throws: `HTMLBridgeError.noRules` without `options.htmlRules`; `ParseError` or
    ///   `HTMLBridgeError` when the page cannot be read with them.
    public func parseListing(_ bytes: some ContiguousBytes) throws -> (feed: Feed, diagnostics: HTMLDiagnostics) {
        guard let rules = options.htmlRules else { throw HTMLBridgeError.noRules }
        return try bytes.withUnsafeBytes { try HTMLBridge(options: options, rules: rules).parseListing($0) }
    }

    /// Parses a document from a file, reading it in chunks.
    /// - Throws: `ParseError.io` when the file cannot be read, `ParseError` when it is not a feed.
    public func parse(contentsOfFile path: String) throws -> Feed {
        guard let file = fopen(path, "rb") else {
            throw ParseError.io(path: path, message: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var status = stat()
        if fstat(fileno(file), &status) == 0, Int(status.st_size) > options.maxBytes {
            throw ParseError.tooLarge(limit: options.maxBytes)
        }
        return try parse(stream: file, name: path)
    }

    /// Parses a document read from a C stream (a file, or standard input).
    public func parse(stream: UnsafeMutablePointer<FILE>, name: String) throws -> Feed {
        if let rules = options.htmlRules {
            return try HTMLBridge(options: options, rules: rules).parse(stream: stream, name: name)
        }
        let session = FeedParseSession(options: options)
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        while !session.isDone {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, stream) }
            if count == 0 {
                if ferror(stream) != 0 { throw ParseError.io(path: name, message: String(cString: strerror(errno))) }
                break
            }
            try chunk.withUnsafeBytes { try session.push(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        return try session.finish()
    }
}
