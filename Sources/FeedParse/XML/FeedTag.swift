/// The elements the XML feed handler understands, each identified by its namespace
/// family and local name. RSS 0.9x/1.0/2.0 share one family (no namespace, RSS 1.0's
/// or RSS 0.90's); Atom 0.3 and 1.0 share another.
enum FeedTag: UInt8 {
    case unknown

    // RSS family
    case rss, channel, item, title, link, description, guid, pubDate, lastBuildDate
    case category, enclosure, comments, language, copyright, generator
    case managingEditor, author, image, url, textinput, source

    // RDF
    case rdf

    // Atom family (0.3 and 1.0)
    case atomFeed, atomEntry, atomTitle, atomLink, atomID, atomUpdated, atomPublished
    case atomIssued, atomModified, atomCreated, atomSummary, atomContent, atomSubtitle
    case atomTagline, atomRights, atomCopyright, atomAuthor, atomContributor, atomName
    case atomEmail, atomURI, atomURL, atomCategory, atomGenerator, atomLogo, atomIcon, atomSource

    // Dublin Core, content, Media RSS, iTunes, XHTML
    case dcCreator, dcDate, dcSubject, dcRights, dcLanguage, dcDescription, dcTitle, dcModified
    case contentEncoded
    case mediaContent, mediaThumbnail
    case itunesAuthor, itunesImage
    case xhtmlBody

    /// The tag for an element, from its namespace URI (nil when none) and local name.
    init(namespace: String?, localName: String) {
        switch Namespace(uri: namespace) {
        case .rss: self = Self.rssTags[localName] ?? .unknown
        case .atom: self = Self.atomTags[localName] ?? .unknown
        case .rdf: self = localName == "RDF" ? .rdf : .unknown
        case .dublinCore: self = Self.dublinCoreTags[localName] ?? .unknown
        case .content: self = localName == "encoded" ? .contentEncoded : .unknown
        case .media: self = localName == "content" ? .mediaContent : localName == "thumbnail" ? .mediaThumbnail : .unknown
        case .itunes: self = localName == "author" ? .itunesAuthor : localName == "image" ? .itunesImage : .unknown
        case .xhtml: self = localName == "body" ? .xhtmlBody : .unknown
        case .xml, .other: self = .unknown
        }
    }

    private static let rssTags: [String: FeedTag] = [
        "rss": .rss, "channel": .channel, "item": .item, "title": .title, "link": .link,
        "description": .description, "guid": .guid, "pubDate": .pubDate, "pubdate": .pubDate,
        "lastBuildDate": .lastBuildDate, "category": .category, "enclosure": .enclosure,
        "comments": .comments, "language": .language, "copyright": .copyright,
        "generator": .generator, "managingEditor": .managingEditor, "author": .author,
        "image": .image, "url": .url, "textinput": .textinput, "textInput": .textinput,
        "source": .source,
    ]

    private static let atomTags: [String: FeedTag] = [
        "feed": .atomFeed, "entry": .atomEntry, "title": .atomTitle, "link": .atomLink,
        "id": .atomID, "updated": .atomUpdated, "published": .atomPublished,
        "issued": .atomIssued, "modified": .atomModified, "created": .atomCreated,
        "summary": .atomSummary, "content": .atomContent, "subtitle": .atomSubtitle,
        "tagline": .atomTagline, "rights": .atomRights, "copyright": .atomCopyright,
        "author": .atomAuthor, "contributor": .atomContributor, "name": .atomName,
        "email": .atomEmail, "uri": .atomURI, "url": .atomURL, "category": .atomCategory,
        "generator": .atomGenerator, "logo": .atomLogo, "icon": .atomIcon, "source": .atomSource,
    ]

    private static let dublinCoreTags: [String: FeedTag] = [
        "creator": .dcCreator, "date": .dcDate, "subject": .dcSubject, "rights": .dcRights,
        "language": .dcLanguage, "description": .dcDescription, "title": .dcTitle,
        "modified": .dcModified,
    ]
}

/// The XML namespaces of the feed formats, grouped into families.
enum Namespace {
    case rss, atom, rdf, dublinCore, content, media, itunes, xhtml, xml, other

    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rdfSyntax = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let xhtmlURI = "http://www.w3.org/1999/xhtml"

    init(uri: String?) {
        switch uri {
        case nil, "", Self.rss10, Self.rss090, "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss":
            self = .rss
        case Self.atom10, Self.atom03: self = .atom
        case Self.rdfSyntax: self = .rdf
        case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/": self = .dublinCore
        case "http://purl.org/rss/1.0/modules/content/": self = .content
        case "http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss": self = .media
        case "http://www.itunes.com/dtds/podcast-1.0.dtd": self = .itunes
        case Self.xhtmlURI: self = .xhtml
        case "http://www.w3.org/XML/1998/namespace": self = .xml
        default: self = .other
        }
    }
}
