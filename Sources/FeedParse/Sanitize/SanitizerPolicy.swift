import WebText

/// The allowlist: which elements and attributes reach the merged feed (after Miniflux's
/// sanitizer). Everything not listed is dropped; an unknown element loses its tag but
/// keeps its text.
enum SanitizerPolicy {
    enum ElementKind: Sendable, Equatable {
        /// Kept with its allowed attributes and content.
        case keep
        /// Kept, with no end tag (`<br>`, `<img ...>`).
        case void
        /// The tag is dropped, its content kept (`<font>`, unknown elements).
        case unwrap
        /// Dropped with all its content (`<script>`, `<iframe>`, `<form>`, ...).
        case drop
    }

    /// What the element is for, when that decides whether it is kept.
    enum Role: Sendable {
        case plain
        /// `<a>`: a link without an `href` is only its text; with one it gets `rel="noopener noreferrer"`.
        case link
        /// `<img>`: dropped without a source, or when it is a 1×1 (or 0×0) tracking pixel.
        case image
        /// `<audio>`, `<video>`: content even without text.
        case media
    }

    /// Where a URL attribute points, which decides the schemes it may have.
    enum URLUse: Sendable {
        /// `href`: http, https, mailto, tel, ftp, magnet.
        case link
        /// `src`/`srcset`/`poster` of media and `cite`: http and https.
        case web
        /// `src` of an image: http, https, or a `data:` PNG, GIF, JPEG or WebP.
        case image
    }

    enum AttributeKind: Sendable {
        /// Any text.
        case text
        /// A non-negative integer (leading digits kept, `%` allowed after them).
        case number
        /// One of a few lowercase keywords.
        case keyword(Keywords)
        case url(URLUse)
        /// A `srcset` candidate list, each URL resolved as `.web`.
        case srcset
        /// Present or not (`controls`); written as `name=""`.
        case boolean
    }

    /// The keywords an attribute may have.
    enum Keywords: Sendable {
        case direction, loading, scope

        var allowed: Set<String> {
            switch self {
            case .direction: ["ltr", "rtl", "auto"]
            case .loading: ["lazy", "eager"]
            case .scope: ["row", "col", "rowgroup", "colgroup"]
            }
        }
    }

    /// An allowed attribute, compiled: its lowercase name packed (`packedName`), its kind.
    struct Attribute: Sendable {
        let key: UInt64
        let kind: AttributeKind
    }

    /// What the sanitizer does with an element, compiled (see `SanitizerTable`).
    struct Element: Sendable {
        let kind: ElementKind
        let role: Role
        /// Where its allowed attributes, besides the global ones, are in `SanitizerTable`.
        let attributes: Range<Int>
    }

    /// An element's rule as written here.
    struct Rule {
        let kind: ElementKind
        let role: Role
        let attributes: [String: AttributeKind]
    }

    /// Attributes allowed on every kept element.
    static let globalAttributes: [String: AttributeKind] = [
        "title": .text, "lang": .text, "dir": .keyword(.direction),
    ]

    /// The rule of each element the sanitizer knows (by lowercase name); an element not in
    /// it is `.unwrap`.
    static let rules: [String: Rule] = {
        var table: [String: Rule] = [:]
        func add(_ names: [String], _ kind: ElementKind, _ role: Role = .plain, _ attributes: [String: AttributeKind] = [:]) {
            for name in names { table[name] = Rule(kind: kind, role: role, attributes: attributes) }
        }
        add([
            "abbr", "acronym", "address", "article", "aside", "b", "bdi", "bdo", "big", "caption", "center", "cite",
            "code", "colgroup", "dd", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "i", "kbd", "li", "mark", "ol", "p", "picture", "pre", "rp",
            "rt", "ruby", "s", "samp", "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table",
            "tbody", "tfoot", "thead", "tr", "tt", "u", "ul", "var",
        ], .keep)
        add(["br", "col", "hr", "wbr"], .void)
        add(["a"], .keep, .link, ["href": .url(.link)])
        add(["img"], .void, .image, [
            "src": .url(.image), "srcset": .srcset, "alt": .text, "width": .number, "height": .number,
            "loading": .keyword(.loading),
        ])
        add(["blockquote", "q"], .keep, .plain, ["cite": .url(.web)])
        add(["del", "ins"], .keep, .plain, ["cite": .url(.web), "datetime": .text])
        add(["time"], .keep, .plain, ["datetime": .text])
        add(["td", "th"], .keep, .plain, [
            "colspan": .number, "rowspan": .number, "headers": .text,
            "scope": .keyword(.scope),
        ])
        add(["audio", "video"], .keep, .media, ["src": .url(.web), "poster": .url(.web), "controls": .boolean, "type": .text])
        add(["source"], .void, .plain, ["src": .url(.web), "srcset": .srcset, "type": .text])
        add(["track"], .void, .plain, ["src": .url(.web)])
        add(["font"], .unwrap)
        // Content no reader sees goes with the element (the names plain text leaves out too).
        add(HTMLTagTable.opaqueNames.split(separator: " ").map(String.init), .drop)
        return table
    }()

    /// Whether `url` (resolved, lowercase scheme) is a `data:` URL of a PNG, GIF, JPEG or WebP image.
    static func isDataImage(_ url: [UInt8]) -> Bool {
        for type in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"] where url.count > type.utf8.count {
            let next = url[type.utf8.count]
            guard next == UInt8(ascii: ";") || next == UInt8(ascii: ",") else { continue }
            if zip(url, type.utf8).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) { return true }
        }
        return false
    }
}
