/// The element names the fragment parser knows: how HTML parses each, and how its text
/// reads. An unknown name is an element with no flags (its tag is kept apart from the
/// text, its text kept).
package final class HTMLTagTable: Sendable {
    static let shared = HTMLTagTable()

    private let tags: HTMLTagMap<HTMLTag>

    /// The tag named by `key`; an unknown name gets a tag with no flags.
    @inline(__always)
    func tag(_ key: HTMLTagKey) -> HTMLTag {
        tags[key] ?? HTMLTag(key: key)
    }

    /// The tag of the element `name` (any case): for callers that meet names outside
    /// the fragment parser, such as the XHTML content of a feed.
    package static func tag(named name: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        var builder = HTMLTagKeyBuilder()
        for byte in name { builder.add(byte) }
        return shared.tag(builder.key)
    }

    /// Elements that separate words in plain text (`<p>a</p><p>b</p>` reads "a b").
    static let blockNames = """
        address article aside blockquote br caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 \
        header hr img li ol p pre section summary table tbody td tfoot th thead tr ul
        """

    /// Elements whose content is no text a reader sees (see `HTMLTag.Flags.opaque`).
    package static let opaqueNames = """
        script style iframe frame frameset object embed applet form input button select textarea noscript template \
        svg math head title meta link base
        """

    private init() {
        var flags: [String: HTMLTag.Flags] = [:]
        func mark(_ names: String, _ flag: HTMLTag.Flags) {
            for name in names.split(separator: " ") { flags[String(name), default: []].insert(flag) }
        }
        mark("area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr", .void)
        mark("script style xmp iframe noembed noframes noscript textarea title plaintext", .rawText)
        mark("html head body", .ignored)
        mark("""
            address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form \
            header hgroup hr main menu nav ol p pre listing section summary table ul h1 h2 h3 h4 h5 h6 li dd dt xmp plaintext
            """, .closesParagraph)
        mark("""
            applet area article aside base basefont bgsound blockquote body br button caption center col \
            colgroup dd details dir dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 \
            head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed \
            noframes noscript object ol param plaintext pre script search section select source style summary table \
            tbody td template textarea tfoot th thead title tr track ul wbr xmp
            """, .special)
        mark("applet caption html marquee object table td th template button", .scope)
        mark(Self.blockNames, .block)
        mark(Self.opaqueNames, .opaque)
        var groups: [String: HTMLTag.Group] = [:]
        for (names, group) in [
            ("p", HTMLTag.Group.paragraph), ("h1 h2 h3 h4 h5 h6", .heading), ("li", .listItem), ("dd dt", .definition),
            ("td th", .cell), ("tr", .row), ("tbody thead tfoot", .rowGroup), ("table", .table), ("a", .link),
            ("br", .lineBreak),
        ] {
            for name in names.split(separator: " ") { groups[String(name)] = group }
        }
        tags = HTMLTagMap(Set(flags.keys).union(groups.keys).sorted().map { name in
            (name, HTMLTag(key: HTMLTagKeyBuilder.key(name), flags: flags[name] ?? [], group: groups[name] ?? .none))
        })
    }
}
