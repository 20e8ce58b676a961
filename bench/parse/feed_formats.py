"""The four feed formats of the benchmark corpus, written as real publishers write them.

- RSS 2.0 as baochinhphu.vn and the ward portals publish it: titles and links wrapped in
  newlines, CDATA descriptions, RFC 822 dates in +0700, guid, category, enclosure;
- Atom 1.0 as Liferay 6's feed servlet (ROME) writes it: escaped HTML in
  <content type="html">, <author><name>, updated/published in UTC, Dublin Core dates;
- RSS 1.0 (RDF) with Dublin Core; JSON Feed 1.1.
Each writer takes an output with write(str), the portal Unit, Articles and the newest date.
"""

import json
from datetime import timezone

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def xml_escape(text, quote=False):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text


def rfc822(d):
    """RFC 822 date of a +07:00 datetime, English names whatever the locale."""
    return f"{DAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M:%S} +0700"


def rfc3339_utc(d):
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc3339_local(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def rss20_head(unit, newest):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"<title>{xml_escape(unit.name)} - Tin tức sự kiện</title>\n"
            f"<link>https://{unit.host}/</link>\n"
            f"<description>Cổng thông tin điện tử {xml_escape(unit.name)}</description>\n"
            f'<atom:link href="https://{unit.host}/rss/tin-tuc.rss" rel="self" type="application/rss+xml"/>\n'
            "<language>vi</language>\n"
            f"<copyright>Bản quyền thuộc {xml_escape(unit.name)}</copyright>\n"
            f"<lastBuildDate>{rfc822(newest)}</lastBuildDate>\n<ttl>15</ttl>\n"
            f"<image><url>https://{unit.host}/images/logo.png</url><title>{xml_escape(unit.name)}</title>"
            f"<link>https://{unit.host}/</link></image>\n")


def rss20_item(a):
    return (f"<item>\n<title>\n  <![CDATA[ {a.title} ]]>\n</title>\n"
            f"<link>\n  {a.link}\n</link>\n"
            f"<description><![CDATA[{a.html}]]></description>\n"
            f"<pubDate>{rfc822(a.date)}</pubDate>\n"
            f'<guid isPermaLink="false">{a.id}</guid>\n'
            f"<category>{xml_escape(a.category)}</category>\n"
            f'<enclosure url="{xml_escape(a.image, True)}" type="image/jpeg" length="{a.image_length}"/>\n'
            "</item>\n")


RSS20_TAIL = "</channel>\n</rss>\n"


def write_rss20(out, unit, items, newest):
    out.write(rss20_head(unit, newest))
    for a in items:
        out.write(rss20_item(a))
    out.write(RSS20_TAIL)


def write_atom(out, unit, items, newest):
    w = out.write
    feed_url = f"https://{unit.host}/tin-tuc/-/asset_publisher/{unit.slug}/rss"
    w('<?xml version="1.0" encoding="UTF-8"?>\n'
      '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n')
    w(f"  <title>Tin tức - {xml_escape(unit.name)}</title>\n"
      f'  <link rel="alternate" href="https://{unit.host}/tin-tuc" />\n'
      f"  <subtitle>Tin tức - {xml_escape(unit.name)}</subtitle>\n")
    for a in items:
        w(f"  <entry>\n    <title>{xml_escape(a.title)}</title>\n"
          f'    <link rel="alternate" href="{xml_escape(a.link, True)}" />\n'
          f"    <author>\n      <name>{xml_escape(a.author)}</name>\n    </author>\n"
          f"    <id>{xml_escape(a.link)}</id>\n"
          f"    <updated>{rfc3339_utc(a.updated)}</updated>\n"
          f"    <published>{rfc3339_utc(a.date)}</published>\n"
          f'    <content type="html">{xml_escape(a.html)}</content>\n'
          f"    <dc:creator>{xml_escape(a.author)}</dc:creator>\n"
          f"    <dc:date>{rfc3339_utc(a.updated)}</dc:date>\n  </entry>\n")
    w(f"  <id>{feed_url}</id>\n  <updated>{rfc3339_utc(newest)}</updated>\n"
      f"  <dc:date>{rfc3339_utc(newest)}</dc:date>\n</feed>\n")


def write_rdf(out, unit, items, newest):
    items = list(items)
    w = out.write
    w('<?xml version="1.0" encoding="utf-8"?>\n'
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
      'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n')
    w(f'<channel rdf:about="https://{unit.host}/rss.rdf">\n'
      f"<title>{xml_escape(unit.name)}</title>\n<link>https://{unit.host}/</link>\n"
      f"<description>Tin tức {xml_escape(unit.lower)}</description>\n"
      f"<dc:language>vi</dc:language>\n<dc:date>{rfc3339_local(newest)}</dc:date>\n"
      "<items>\n<rdf:Seq>\n")
    for a in items:
        w(f'<rdf:li rdf:resource="{xml_escape(a.link, True)}"/>\n')
    w("</rdf:Seq>\n</items>\n</channel>\n")
    for a in items:
        w(f'<item rdf:about="{xml_escape(a.link, True)}">\n<title>{xml_escape(a.title)}</title>\n'
          f"<link>{xml_escape(a.link)}</link>\n<description>{xml_escape(a.html)}</description>\n"
          f"<dc:creator>{xml_escape(a.author)}</dc:creator>\n<dc:date>{rfc3339_local(a.date)}</dc:date>\n"
          f"<dc:subject>{xml_escape(a.category)}</dc:subject>\n</item>\n")
    w("</rdf:RDF>\n")


def write_jsonfeed(out, unit, items, newest):
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": f"Tin tức - {unit.name}",
        "home_page_url": f"https://{unit.host}/",
        "feed_url": f"https://{unit.host}/feed.json",
        "language": "vi",
        "items": [{
            "id": a.id, "url": a.link, "title": a.title, "content_html": a.html,
            "image": a.image, "date_published": rfc3339_local(a.date),
            "date_modified": rfc3339_local(a.updated), "authors": [{"name": a.author}],
            "tags": [a.category],
            "attachments": [{"url": a.image, "mime_type": "image/jpeg", "size_in_bytes": a.image_length}],
        } for a in items],
    }
    out.write(json.dumps(feed, ensure_ascii=False, indent=1))
    out.write("\n")


FORMATS = {  # name: (writer, extension)
    "rss20": (write_rss20, "xml"),
    "atom10": (write_atom, "xml"),
    "rss10": (write_rdf, "rdf"),
    "jsonfeed": (write_jsonfeed, "json"),
}
