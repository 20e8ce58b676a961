import FeedModel
import FeedParse
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A written document read back by an independent, strict XML parser (Foundation's),
/// for the parts our `FeedParser` does not keep (provenance, OPML outlines).
struct XMLInspection {
    let document: XMLDocument

    /// Parses the file; throws when it is not well-formed XML.
    init(file path: String) throws {
        document = try XMLDocument(contentsOf: URL(fileURLWithPath: path), options: [])
    }

    /// The string values of the nodes (elements' text, attributes' values) `xpath` selects.
    /// Use `local-name()` for namespaced names.
    func values(_ xpath: String) throws -> [String] {
        try document.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
    }
}

extension OutputDirectory {
    /// A written feed, parsed with our own parser.
    func feed(_ relative: String) throws -> Feed {
        try FeedParser().parse(contentsOfFile: path(relative))
    }

    func xml(_ relative: String) throws -> XMLInspection {
        try XMLInspection(file: path(relative))
    }
}
